<?php
require __DIR__ . '/../bootstrap.php';

$email = trim($_POST['email'] ?? '');
if ($email === '') {
    http_response_code(422);
    exit('email required');
}

$stmt = $pdo->prepare('SELECT id, name, plan FROM subscribers WHERE email = :email LIMIT 1');
$stmt->execute(['email' => $email]);
$row = $stmt->fetch(PDO::FETCH_ASSOC) ?: null;

header('Content-Type: application/json');
echo json_encode(['subscribed' => $row !== null, 'plan' => $row['plan'] ?? null]);
