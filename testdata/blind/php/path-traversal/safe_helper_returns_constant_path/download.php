<?php
declare(strict_types=1);

require __DIR__ . '/paths.php';

session_start();
if (empty($_SESSION['uid'])) {
    http_response_code(401);
    exit;
}
$path = report_path($_GET['kind'] ?? 'summary');
header('Content-Type: text/csv');
header('Content-Disposition: attachment; filename="report.csv"');
readfile($path);
