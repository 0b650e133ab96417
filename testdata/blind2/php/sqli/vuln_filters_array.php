<?php
$db = new PDO('mysql:host=localhost;dbname=library', 'lib', getenv('LIB_DB_PASS'));

$conditions = [];
foreach ($_GET as $column => $value) {
    $conditions[] = "$column = '" . $value . "'";
}
$where = $conditions ? implode(' AND ', $conditions) : '1';

$rows = $db->query('SELECT title, author FROM books WHERE ' . $where)->fetchAll(); // LABEL: CWE-89
echo json_encode($rows);
