<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$base = '/var/www/statements/';
$file = $_GET['statement'] ?? '';

header('Content-Type: application/pdf');
header('Content-Disposition: attachment; filename="statement.pdf"');
readfile($base . $file); // LABEL: CWE-22
