<?php
// Sort callback picked by the client for the report table.
$field = $_SERVER['HTTP_X_SORT_FIELD'] ?? 'name';
$rows = [['name' => 'b', 'size' => 2], ['name' => 'a', 'size' => 1]];
$code = 'return strcmp((string) $a["' . $field . '"], (string) $b["' . $field . '"]);';
$cmp = eval('return function ($a, $b) { ' . $code . ' };'); // LABEL: CWE-95
usort($rows, $cmp);
echo json_encode($rows);
