<?php
$payload = json_decode(file_get_contents('php://input'), true);
$callback = $payload['callback_url'] ?? '';

$ch = curl_init($callback);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_TIMEOUT, 5);
$response = curl_exec($ch); // LABEL: CWE-918
curl_close($ch);

echo json_encode(['delivered' => $response !== false]);
