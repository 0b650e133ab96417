<?php

require __DIR__ . '/../bootstrap.php';

/** @var PDO $pdo */
$pdo = app_pdo();

$page = isset($_GET['page']) ? (int) $_GET['page'] : 1;
$perPage = 20;
$offset = max(0, ($page - 1) * $perPage);

$sql = "SELECT id, title FROM news ORDER BY published_at DESC LIMIT $perPage OFFSET $offset";
$rows = $pdo->query($sql)->fetchAll(PDO::FETCH_ASSOC);

header('Content-Type: application/json');
echo json_encode([
    'page' => $page,
    'items' => $rows,
]);
