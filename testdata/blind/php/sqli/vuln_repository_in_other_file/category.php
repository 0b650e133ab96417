<?php
declare(strict_types=1);

require __DIR__ . '/ProductRepository.php';

use Shop\ProductRepository;

$pdo = new PDO('mysql:host=localhost;dbname=shop', 'shop', (string) getenv('SHOP_DB_PASSWORD'));
$repo = new ProductRepository($pdo);

$category = $_GET['c'] ?? 'all';
$products = $repo->byCategory($category, 24);

header('Content-Type: application/json');
echo json_encode($products);
