<?php
// Product page: /product.php?id=42
header('Content-Type: text/plain; charset=utf-8');
$db = new mysqli('localhost', 'shop', getenv('SHOP_DB_PASSWORD'), 'shop');

$id = $db->real_escape_string($_GET['id'] ?? '0');
$res = $db->query("SELECT name, price FROM products WHERE id = " . $id); // LABEL: CWE-89
$product = $res ? $res->fetch_assoc() : null;

if (!$product) {
    http_response_code(404);
    exit('Not found');
}
printf("%s costs %.2f\n", htmlspecialchars($product['name']), $product['price']);
