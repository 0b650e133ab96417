<?php
declare(strict_types=1);

const CATEGORIES = ['books', 'music', 'games', 'tools'];

$category = $_GET['category'] ?? 'books';
if (!in_array($category, CATEGORIES, true)) {
    $category = 'books';
}
$catalog = simplexml_load_file(__DIR__ . '/var/catalog.xml');
$items = $catalog->xpath("//item[@category='{$category}']/title");
header('Content-Type: application/json');
echo json_encode(array_map('strval', $items ?: []));
