<?php
require __DIR__ . '/../bootstrap.php';

$term = $_GET['q'] ?? '';
if ($term === '') {
    $term = 'all products';
}
$category = $_GET['category'] ?? 'everything';

$stmt = $pdo->prepare('SELECT id, name FROM products WHERE name LIKE ? LIMIT 20');
$stmt->execute(['%' . $term . '%']);
$items = $stmt->fetchAll(PDO::FETCH_ASSOC);

$heading = sprintf(
    '<h1>Results in %s</h1><p class="query">You searched for: %s</p>',
    htmlspecialchars($category, ENT_QUOTES, 'UTF-8'),
    $term
);
echo $heading; // LABEL: CWE-79
echo '<ul>';
foreach ($items as $item) {
    echo '<li><a href="/products/' . (int) $item['id'] . '">' . htmlspecialchars($item['name'], ENT_QUOTES, 'UTF-8') . '</a></li>';
}
echo '</ul>';
