<?php
// The escape functions only add backslashes before quotes: a value put in
// the query without quotes ("1 OR 1=1") needs none to change it.
$conn = mysqli_connect("db", "app", getenv("DB_PASS"), "shop");

$id = mysqli_real_escape_string($conn, $_POST['id']);
$res = mysqli_query($conn, "SELECT * FROM users WHERE user_id = $id;"); // vigil:expect VGL-PHP-SQLI-001

$limit = $conn->real_escape_string($_GET['limit']);
$rows = $conn->query("SELECT * FROM posts ORDER BY id LIMIT " . $limit); // vigil:expect VGL-PHP-SQLI-001

$res = mysqli_query($conn, "DELETE FROM carts WHERE owner = 7 AND item_id = " . mysqli_real_escape_string($conn, $_GET['item'])); // vigil:expect VGL-PHP-SQLI-001

$ids = mysqli_real_escape_string($conn, $_GET['ids']);
$res = mysqli_query($conn, "SELECT name FROM tags WHERE id IN ($ids)"); // vigil:expect VGL-PHP-SQLI-001
