<?php
// Literal cipher names are VGL-PHP-CRYPTO-001's; a config-chosen strong cipher is fine.
$config = ['cipher' => getenv('CIPHER') ?: 'aes-256-cbc'];
$a = openssl_encrypt('x', 'aes-256-cbc', 'k', 0, str_repeat('0', 16));
$b = openssl_encrypt('x', $config['cipher'], 'k', 0, str_repeat('0', 16));
echo $a . $b;
