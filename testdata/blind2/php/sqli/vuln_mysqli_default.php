<?php
$mysqli = new mysqli('localhost', 'shop', getenv('DB_PASS'), 'shop');

$brand = $_GET['brand'] ?? '';
if ($brand === '') {
    $brand = 'acme';
}
$result = $mysqli->query("SELECT id, name, price FROM products WHERE brand = '$brand' ORDER BY price"); // LABEL: CWE-89

header('Content-Type: application/json');
$rows = [];
while ($row = $result->fetch_assoc()) {
    $rows[] = $row;
}
echo json_encode($rows);
