<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$pdo = new PDO('mysql:host=localhost;dbname=members', 'members', getenv('MEMBERS_DB_PASS'));

$email = $_POST['email'] ?? '';
$hash = password_hash($_POST['password'] ?? '', PASSWORD_DEFAULT);

$stmt = $pdo->prepare('INSERT INTO members (email, password_hash) VALUES (?, ?)');
$stmt->execute([$email, $hash]);
echo 'registered';
