<?php

require __DIR__ . '/../bootstrap.php';

require_login();

$draft = $_POST['draft'] ?? '';
$draft = str_replace('../', '', $draft);

$path = __DIR__ . '/../var/drafts/' . $draft;

if ($draft !== '' && is_file($path)) {
    unlink($path); // LABEL: CWE-22
    $message = 'Draft removed';
} else {
    $message = 'Nothing to remove';
}

header('Content-Type: application/json');
echo json_encode(['message' => $message]);
