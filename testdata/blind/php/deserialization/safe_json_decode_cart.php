<?php
// Guest cart kept in a cookie between visits, as JSON: [product id => quantity].
header('Cache-Control: no-store');

$cart = [];
if (isset($_COOKIE['cart'])) {
    $decoded = json_decode($_COOKIE['cart'], true, 4);
    if (is_array($decoded)) {
        $cart = array_map('intval', $decoded);
    }
}
echo '<span class="cart-count">' . count($cart) . '</span>';
