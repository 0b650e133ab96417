<?php
$mysqli = new mysqli('localhost', 'shop', getenv('DB_PASS'), 'shop');

$brand = $_GET['brand'] ?? '';
if ($brand === '') {
    $brand = 'acme';
}
$stmt = $mysqli->prepare('SELECT id, name, price FROM products WHERE brand = ? ORDER BY price');
$stmt->bind_param('s', $brand);
$stmt->execute();
$result = $stmt->get_result();

header('Content-Type: application/json');
echo json_encode($result->fetch_all(MYSQLI_ASSOC));
