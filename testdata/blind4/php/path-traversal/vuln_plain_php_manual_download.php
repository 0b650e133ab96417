<?php
require __DIR__ . '/../bootstrap.php';

const MANUAL_DIR = '/srv/app/manuals';

$product = $_GET['product'] ?? '';
$file = $_GET['file'] ?? 'index.pdf';
if ($product === '') {
    http_response_code(400);
    exit('missing product');
}

$path = MANUAL_DIR . '/' . $product . '/' . $file;
if (!is_file($path)) {
    http_response_code(404);
    exit('not found');
}

header('Content-Type: application/pdf');
header('Content-Length: ' . filesize($path));
readfile($path); // LABEL: CWE-22
