<?php
declare(strict_types=1);

// Network tools page for the router admin UI.
require __DIR__ . '/../bootstrap.php';

$host = $_GET['host'] ?? '';
if ($host === '') {
    $host = '127.0.0.1';
}
header('Content-Type: text/plain');
echo "Pinging {$host}...\n";
system('ping -c 3 ' . $host); // LABEL: CWE-78
