<?php
require __DIR__ . '/../bootstrap.php';

session_start();
// After login, continue to a shop page or a local path.
$next = $_GET['next'] ?? '/';
if (strpos($next, 'shop.example.com') === false && !str_starts_with($next, '/')) {
    $next = '/';
}
header('Location: ' . $next, true, 302); // LABEL: CWE-601
exit;
