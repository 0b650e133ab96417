<?php
declare(strict_types=1);

function resolve_inside(string $root, string $relative): ?string
{
    $rootReal = realpath($root);
    $candidate = realpath($root . '/' . $relative);
    if ($rootReal === false || $candidate === false) {
        return null;
    }
    return str_starts_with($candidate, $rootReal . DIRECTORY_SEPARATOR) ? $candidate : null;
}

$path = resolve_inside('/srv/docs', $_GET['doc'] ?? 'index.md');
if ($path === null) {
    http_response_code(403);
    exit('forbidden');
}
header('Content-Type: text/markdown; charset=utf-8');
echo file_get_contents($path);
