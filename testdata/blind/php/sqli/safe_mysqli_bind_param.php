<?php
$conn = new mysqli('localhost', 'intranet', getenv('INTRANET_DB_PASSWORD'), 'intranet');
$conn->set_charset('utf8mb4');

$city = $_GET['city'] ?? '';
$stmt = $conn->prepare('SELECT id, name FROM members WHERE city = ? ORDER BY name');
$stmt->bind_param('s', $city);
$stmt->execute();
$result = $stmt->get_result();

header('Content-Type: text/plain; charset=utf-8');
foreach ($result as $row) {
    echo $row['id'], "\t", $row['name'], "\n";
}
