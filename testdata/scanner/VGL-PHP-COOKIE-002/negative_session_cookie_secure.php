<?php
// bootstrap.php: the session cookie keeps both flags on
session_set_cookie_params(0, '/', '', true, true);

session_set_cookie_params([
    'lifetime' => 3600,
    'path' => '/',
    'secure' => $isHttps,
    'httponly' => true,
    'samesite' => 'Lax',
]);

ini_set('session.cookie_secure', '1');
ini_set('session.cookie_httponly', 'On');
ini_set('session.use_strict_mode', '0');
session_set_cookie_params(3600);
session_start();
