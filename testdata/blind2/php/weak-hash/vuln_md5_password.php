<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$pdo = new PDO('mysql:host=localhost;dbname=members', 'members', getenv('MEMBERS_DB_PASS'));

$email = $_POST['email'] ?? '';
$hash = md5($_POST['password'] ?? ''); // LABEL: CWE-328, CWE-916

$stmt = $pdo->prepare('INSERT INTO members (email, password_hash) VALUES (?, ?)');
$stmt->execute([$email, $hash]);
echo 'registered';
