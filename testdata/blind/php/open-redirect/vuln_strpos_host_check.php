<?php
// Only "our" URLs are allowed... as long as they mention the domain somewhere.
$next = $_GET['next'] ?? '/';
if (strpos($next, 'shop.example.com') === false && !str_starts_with($next, '/')) {
    $next = '/';
}
header('Location: ' . $next, true, 302); // LABEL: CWE-601
exit;
