<?php
const LEGACY_SEARCH = true;
define('DEBUG_SQL', 'yes');

$db = new mysqli('localhost', 'app', getenv('DB_PASS'), 'app');
if (LEGACY_SEARCH) {
    $db->query("SELECT * FROM items WHERE name LIKE '%" . $_GET['q'] . "%'"); // vigil:expect VGL-PHP-SQLI-001
}
if (DEBUG_SQL === 'yes') {
    $db->query("SELECT * FROM t WHERE id = " . $_GET['id']); // vigil:expect VGL-PHP-SQLI-001
}
