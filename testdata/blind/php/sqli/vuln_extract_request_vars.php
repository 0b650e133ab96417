<?php
// Old reporting endpoint: every request field becomes a local variable.
$from = '2024-01-01';
$to = date('Y-m-d');
$region = 'all';
extract($_REQUEST);

$db = new mysqli('localhost', 'reports', (string) getenv('REPORTS_DB_PASSWORD'), 'reports');
$sql = "SELECT day, SUM(total) AS revenue FROM sales WHERE day BETWEEN '$from' AND '$to'";
if ($region !== 'all') {
    $sql .= " AND region = '$region'";
}
$result = $db->query($sql . ' GROUP BY day'); // LABEL: CWE-89
header('Content-Type: application/json');
echo json_encode($result ? $result->fetch_all(MYSQLI_ASSOC) : []);
