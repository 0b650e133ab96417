<?php

require __DIR__ . '/../bootstrap.php';

require_login();

$input = json_decode(file_get_contents('php://input'), true) ?? [];
$endpoint = $input['endpoint'] ?? '';

$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, $endpoint);
curl_setopt($ch, CURLOPT_POST, true);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['event' => 'test']));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_TIMEOUT, 10);
$body = curl_exec($ch); // LABEL: CWE-918
$status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
curl_close($ch);

header('Content-Type: application/json');
echo json_encode(['status' => $status, 'length' => strlen((string) $body)]);
