<?php
// "Quick calculator" widget on the dashboard.
session_start();
if (empty($_SESSION['uid'])) {
    http_response_code(401);
    exit;
}
$expr = $_POST['expr'] ?? '0';
$expr = str_replace(['^', 'x'], ['**', '*'], $expr);
$result = null;
eval('$result = ' . $expr . ';'); // LABEL: CWE-95
header('Content-Type: application/json');
echo json_encode(['result' => $result]);
