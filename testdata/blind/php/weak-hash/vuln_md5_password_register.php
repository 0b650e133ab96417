<?php
$pdo = new PDO('mysql:host=localhost;dbname=forum', 'forum', getenv('FORUM_DB_PASSWORD'));

$username = trim($_POST['username'] ?? '');
$password = $_POST['password'] ?? '';
$hash = md5($password); // LABEL: CWE-328

$stmt = $pdo->prepare('INSERT INTO users (username, password_hash) VALUES (?, ?)');
$stmt->execute([$username, $hash]);
echo 'Welcome, ' . htmlspecialchars($username, ENT_QUOTES);
