<?php
// Storefront header partial.
header('Cache-Control: no-cache');

// Picks which of the marketing banners to show; nothing secret depends on it.
$banners = [
    'spring-sale.png',
    'free-shipping.png',
    'new-arrivals.png',
];
$banner = $banners[mt_rand(0, count($banners) - 1)];
echo '<img src="/img/banners/' . $banner . '" alt="">';
