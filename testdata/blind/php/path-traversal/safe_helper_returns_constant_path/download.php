<?php
declare(strict_types=1);

require __DIR__ . '/paths.php';

$path = report_path($_GET['kind'] ?? 'summary');
header('Content-Type: text/csv');
header('Content-Disposition: attachment; filename="report.csv"');
readfile($path);
