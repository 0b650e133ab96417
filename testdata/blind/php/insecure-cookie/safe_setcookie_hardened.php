<?php
declare(strict_types=1);

$token = bin2hex(random_bytes(32));
setcookie('remember', $token, [
    'expires' => time() + 60 * 60 * 24 * 30,
    'path' => '/',
    'secure' => true,
    'httponly' => true,
    'samesite' => 'Strict',
]);
header('Location: /dashboard');
