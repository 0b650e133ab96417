<?php
$method = 'des-ede3';
$key = getenv('APP_KEY');
$token = openssl_encrypt('payload', $method, $key); // vigil:expect VGL-PHP-CRYPTO-002
echo $token;
