<?php
function page($db) {
    $limit = intval($_GET['limit']);
    $rows = mysqli_query($db, "SELECT id FROM items LIMIT " . $limit);
    $name = mysqli_real_escape_string($db, $_GET['name']);
    mysqli_query($db, "SELECT id FROM items WHERE name = '" . $name . "'");
    return $rows;
}
