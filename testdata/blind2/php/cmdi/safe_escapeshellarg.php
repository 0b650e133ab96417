<?php

use function shell_exec as run_shell;

$host = $_SERVER['HTTP_X_CHECK_HOST'] ?? 'localhost';
$output = run_shell('ping -c 2 ' . escapeshellarg($host));

header('Content-Type: text/plain');
echo $output;
