<?php
declare(strict_types=1);

$db = new mysqli('localhost', 'shop', (string) getenv('SHOP_DB_PASSWORD'), 'shop');

// %d formats the value as an integer, whatever the request contained.
$sql = sprintf(
    'SELECT id, name FROM categories WHERE parent_id = %d ORDER BY position LIMIT %d',
    $_GET['parent'] ?? 0,
    $_GET['limit'] ?? 20
);
$result = $db->query($sql);
header('Content-Type: application/json');
echo json_encode($result ? $result->fetch_all(MYSQLI_ASSOC) : []);
