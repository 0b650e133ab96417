<?php
function find_user($db) {
    $name = $_GET['name'];
    $sql = "SELECT id FROM users WHERE name = '$name'";
    return mysqli_query($db, $sql); // vigil:expect VGL-PHP-SQLI-001
}
