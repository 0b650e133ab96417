<?php
declare(strict_types=1);

require __DIR__ . '/../bootstrap.php';
require_admin();

$host = $_GET['host'] ?? '127.0.0.1';
header('Content-Type: text/plain');
echo 'Pinging ' . $host . "...\n";
// escapeshellarg wraps the value in single quotes and escapes any quote inside it.
system('ping -c 3 -- ' . escapeshellarg($host));
