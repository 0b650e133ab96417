<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$formula = $_POST['formula'] ?? '0';
$vars = ['price' => 19.99, 'qty' => 3];
extract($vars);

$total = eval('return ' . $formula . ';'); // LABEL: CWE-95
header('Content-Type: application/json');
echo json_encode(['total' => $total]);
