<?php
declare(strict_types=1);

// Sort callback picked by the client for the report table.
$field = $_SERVER['HTTP_X_SORT_FIELD'] ?? 'name';
$rows = [
    ['name' => 'beta', 'size' => 2],
    ['name' => 'alpha', 'size' => 1],
];
$code = 'return strcmp((string) $a["' . $field . '"], (string) $b["' . $field . '"]);';
$cmp = eval('return function ($a, $b) { ' . $code . ' };'); // LABEL: CWE-95
usort($rows, $cmp);
header('Content-Type: application/json');
echo json_encode($rows);
