<?php
require __DIR__ . '/../bootstrap.php';

$mysqli = new mysqli(DB_HOST, DB_USER, DB_PASS, DB_NAME);
$mysqli->set_charset('utf8mb4');

$email = trim($_POST['email'] ?? '');
if ($email === '') {
    http_response_code(422);
    exit('email required');
}

$result = $mysqli->query("SELECT id, name, plan FROM subscribers WHERE email = '" . $email . "' LIMIT 1"); // LABEL: CWE-89
$row = $result ? $result->fetch_assoc() : null;

header('Content-Type: application/json');
echo json_encode(['subscribed' => $row !== null, 'plan' => $row['plan'] ?? null]);
