<?php
$db = new PDO('mysql:host=localhost;dbname=library', 'lib', getenv('LIB_DB_PASS'));

$column = match ($_GET['sort'] ?? '') {
    'author' => 'author',
    'year' => 'published_year',
    default => 'title',
};
$rows = $db->query("SELECT title, author FROM books ORDER BY $column")->fetchAll();
echo json_encode($rows);
