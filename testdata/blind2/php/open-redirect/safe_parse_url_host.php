<?php
$next = $_GET['next'] ?? '/';
$host = parse_url($next, PHP_URL_HOST);
$scheme = parse_url($next, PHP_URL_SCHEME);

if ($host !== null || $scheme !== null || !str_starts_with($next, '/') || str_starts_with($next, '//')) {
    $next = '/';
}
header('Location: ' . $next, true, 302);
exit;
