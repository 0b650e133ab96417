<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

use function shell_exec as run_shell;

$host = $_SERVER['HTTP_X_CHECK_HOST'] ?? 'localhost';
$output = run_shell('ping -c 2 ' . $host); // LABEL: CWE-78

header('Content-Type: text/plain');
echo $output;
