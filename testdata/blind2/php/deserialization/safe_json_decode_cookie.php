<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$cart = [];
if (isset($_COOKIE['cart'])) {
    $cart = json_decode(base64_decode($_COOKIE['cart']), true, 4, JSON_THROW_ON_ERROR);
}

$count = is_array($cart) ? count($cart) : 0;
echo "Items in cart: $count";
