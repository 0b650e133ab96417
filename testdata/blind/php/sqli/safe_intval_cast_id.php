<?php
$db = new mysqli('localhost', 'shop', getenv('SHOP_DB_PASSWORD'), 'shop');

$id = (int) ($_GET['id'] ?? 0);
$res = $db->query('SELECT name, price FROM products WHERE id = ' . $id);
$product = $res ? $res->fetch_assoc() : null;

if ($product === null) {
    http_response_code(404);
    exit('Not found');
}
printf("%s costs %.2f\n", htmlspecialchars($product['name'], ENT_QUOTES, 'UTF-8'), $product['price']);
