<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$next = $_GET['next'] ?? '/';
if (strpos($next, 'example.com') !== false || $next[0] === '/') {
    header('Location: ' . $next, true, 302); // LABEL: CWE-601
    exit;
}
header('Location: /');
