<?php

function find_post($conn, $id)
{
    $sql = "SELECT * FROM posts WHERE id = " . $id;
    return mysqli_query($conn, $sql); // vigil:expect VGL-PHP-SQLI-001
}
