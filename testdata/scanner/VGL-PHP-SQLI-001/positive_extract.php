<?php
$db = new mysqli('localhost', 'app', getenv('DB_PASS'), 'app');
$id = 0;
extract($_GET);
$db->query("SELECT * FROM orders WHERE id = " . $id); // vigil:expect VGL-PHP-SQLI-001

function search(mysqli $db): void
{
    extract($_POST, EXTR_OVERWRITE);
    $db->query("SELECT * FROM items WHERE name = '$name'"); // vigil:expect VGL-PHP-SQLI-001
}
