<?php
// Forum registration form handler.
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}
$pdo = new PDO('mysql:host=localhost;dbname=forum', 'forum', getenv('FORUM_DB_PASSWORD'));

$username = trim($_POST['username'] ?? '');
$hash = password_hash($_POST['password'] ?? '', PASSWORD_ARGON2ID);

$stmt = $pdo->prepare('INSERT INTO users (username, password_hash) VALUES (?, ?)');
$stmt->execute([$username, $hash]);
echo 'Welcome, ' . htmlspecialchars($username, ENT_QUOTES);
