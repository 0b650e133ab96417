<?php
$db = new mysqli('localhost', 'app', getenv('DB_PASS'), 'app');
$row = ['id' => 1, 'name' => 'x'];
extract($row);
$db->query("SELECT * FROM orders WHERE id = " . $id);
function show(mysqli $db): void
{
    $status = 'open';
    extract($_GET, EXTR_PREFIX_ALL, 'req');
    $db->query("SELECT * FROM t WHERE status = '" . $status . "'");
}
