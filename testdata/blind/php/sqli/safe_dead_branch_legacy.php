<?php
const LEGACY_SEARCH = false;

function find_orders(PDO $pdo, string $ref): array
{
    if (LEGACY_SEARCH) {
        return $pdo->query("SELECT * FROM orders WHERE ref = '$ref'")->fetchAll();
    }
    $stmt = $pdo->prepare('SELECT * FROM orders WHERE ref = ?');
    $stmt->execute([$ref]);
    return $stmt->fetchAll();
}

$pdo = new PDO('sqlite:/var/app/orders.db');
header('Content-Type: application/json');
echo json_encode(find_orders($pdo, $_GET['ref'] ?? ''));
