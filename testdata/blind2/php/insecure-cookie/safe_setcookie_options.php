<?php
session_start();
$token = bin2hex(random_bytes(20));
$_SESSION['remember'] = $token;

setcookie('remember_token', $token, [
    'expires' => time() + 86400 * 30,
    'path' => '/',
    'secure' => true,
    'httponly' => true,
    'samesite' => 'Lax',
]);
echo 'remembered';
