<?php
// Attachment download for the support desk.
$base = '/var/www/storage/attachments/';
$name = $_GET['file'] ?? '';
$path = $base . $name;

if (!is_file($path)) {
    http_response_code(404);
    exit;
}
header('Content-Type: application/octet-stream');
header('Content-Disposition: attachment; filename="' . basename($path) . '"');
readfile($path); // LABEL: CWE-22
