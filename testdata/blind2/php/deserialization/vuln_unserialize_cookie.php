<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$cart = [];
if (isset($_COOKIE['cart'])) {
    $cart = unserialize(base64_decode($_COOKIE['cart'])); // LABEL: CWE-502
}

$count = is_array($cart) ? count($cart) : 0;
echo "Items in cart: $count";
