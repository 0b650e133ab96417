<?php

require __DIR__ . '/../bootstrap.php';

require_login();

$draft = $_POST['draft'] ?? '';
if (str_starts_with($draft, '..') || str_starts_with($draft, '/')) {
    http_response_code(400);
    exit('Invalid draft name');
}

$path = __DIR__ . '/../var/drafts/' . $draft;

if ($draft !== '' && is_file($path)) {
    unlink($path); // LABEL: CWE-22
    $message = 'Draft removed';
} else {
    $message = 'Nothing to remove';
}

header('Content-Type: application/json');
echo json_encode(['message' => $message]);
