<?php
// Member directory search on the old intranet site.
require __DIR__ . '/../config.php';

$conn = mysqli_connect(DB_HOST, DB_USER, DB_PASS, DB_NAME);
mysqli_set_charset($conn, 'utf8mb4');

$city = isset($_GET['city']) ? trim($_GET['city']) : '';
$sql = "SELECT id, name, email FROM members WHERE city = '$city' ORDER BY name";
$result = mysqli_query($conn, $sql); // LABEL: CWE-89

header('Content-Type: text/plain; charset=utf-8');
while ($row = mysqli_fetch_assoc($result)) {
    echo $row['id'], "\t", $row['name'], "\n";
}
mysqli_close($conn);
