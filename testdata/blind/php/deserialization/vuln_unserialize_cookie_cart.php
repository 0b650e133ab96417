<?php
// Guest cart kept in a cookie between visits.
// The cookie is written by cart_add.php with serialize($cart).
header('Cache-Control: no-store');

$cart = [];
if (isset($_COOKIE['cart'])) {
    $cart = unserialize($_COOKIE['cart']); // LABEL: CWE-502
}
$count = is_array($cart) ? count($cart) : 0;
echo "<span class=\"cart-count\">{$count}</span>";
