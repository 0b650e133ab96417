<?php
// Exact-title lookup in the library catalogue.
$pdo = new PDO('sqlite:/var/app/library.db');
$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);

$pdo = new PDO('sqlite:/var/app/library.db');
$title = $_GET['title'] ?? '';
// PDO::quote adds the quotes and escapes the value for this driver.
$rows = $pdo->query('SELECT id, title FROM books WHERE title = ' . $pdo->quote($title))->fetchAll();
foreach ($rows as $row) {
    echo (int) $row['id'], ' ', htmlspecialchars($row['title'], ENT_QUOTES), "<br>\n";
}
