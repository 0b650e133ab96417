<?php
$base = '/var/www/statements/';
$file = basename($_GET['statement'] ?? '');

if ($file === '' || !is_file($base . $file)) {
    http_response_code(404);
    exit;
}
header('Content-Type: application/pdf');
readfile($base . $file);
