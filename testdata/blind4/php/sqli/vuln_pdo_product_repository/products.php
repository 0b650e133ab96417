<?php
require __DIR__ . '/../bootstrap.php';
require __DIR__ . '/ProductRepository.php';

$criteria = [
    'category' => $_GET['category'] ?? '',
    'max_price' => $_GET['max_price'] ?? '',
];

$repo = new ProductRepository($pdo, $criteria);
header('Content-Type: application/json');
echo json_encode($repo->find());
