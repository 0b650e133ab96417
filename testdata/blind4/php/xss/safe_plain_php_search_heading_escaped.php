<?php
require __DIR__ . '/../bootstrap.php';

function e(string $value): string
{
    return htmlspecialchars($value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

$term = $_GET['q'] ?? '';
if ($term === '') {
    $term = 'all products';
}
$category = $_GET['category'] ?? 'everything';

$stmt = $pdo->prepare('SELECT id, name FROM products WHERE name LIKE ? LIMIT 20');
$stmt->execute(['%' . $term . '%']);
$items = $stmt->fetchAll(PDO::FETCH_ASSOC);

echo sprintf('<h1>Results in %s</h1><p class="query">You searched for: %s</p>', e($category), e($term));
echo '<ul>';
foreach ($items as $item) {
    echo '<li><a href="/products/' . (int) $item['id'] . '">' . e($item['name']) . '</a></li>';
}
echo '</ul>';
