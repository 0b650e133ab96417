<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

session_start();
$token = bin2hex(random_bytes(20));
$_SESSION['remember'] = $token;

setcookie('remember_token', $token, time() + 86400 * 30, '/'); // LABEL: CWE-614, CWE-1004
echo 'remembered';
