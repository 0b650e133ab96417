<?php
$base = '/var/www/storage/attachments/';
$name = basename($_GET['file'] ?? '');
$path = $base . $name;

if ($name === '' || $name === '.' || $name === '..' || !is_file($path)) {
    http_response_code(404);
    exit;
}
header('Content-Type: application/octet-stream');
readfile($path);
