<?php
const LEGACY_SEARCH = false;
define('USE_OLD_REPORTS', false);

class Features
{
    const RAW_FILTERS = false;
}

$db = new mysqli('localhost', 'app', getenv('DB_PASS'), 'app');
$id = $_GET['id'];
if (false) {
    $db->query("SELECT * FROM items WHERE id = " . $id);
}
if (LEGACY_SEARCH) {
    $db->query("SELECT * FROM items WHERE name LIKE '%" . $_GET['q'] . "%'");
}
if (USE_OLD_REPORTS) {
    mysqli_query($db, "SELECT * FROM reports WHERE owner = '" . $_GET['owner'] . "'");
}
if (Features::RAW_FILTERS) {
    $db->query("SELECT * FROM logs WHERE " . $_GET['filter']);
}
$stmt = $db->prepare('SELECT * FROM items WHERE id = ?');
$stmt->bind_param('i', $id);
$stmt->execute();
