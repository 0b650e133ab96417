<?php
require __DIR__ . '/../bootstrap.php';

const MANUAL_DIR = '/srv/app/manuals';

function manual_path(string $product, string $file): ?string
{
    $base = realpath(MANUAL_DIR);
    $real = realpath(MANUAL_DIR . '/' . $product . '/' . $file);
    if ($base === false || $real === false || !str_starts_with($real, $base . DIRECTORY_SEPARATOR)) {
        return null;
    }
    return $real;
}

$path = manual_path($_GET['product'] ?? '', $_GET['file'] ?? 'index.pdf');
if ($path === null || !is_file($path)) {
    http_response_code(404);
    exit('not found');
}

header('Content-Type: application/pdf');
header('Content-Length: ' . filesize($path));
readfile($path);
