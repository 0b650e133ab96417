<?php
// bootstrap.php: the session cookie is configured with its flags off
session_set_cookie_params(0, '/', '', false, true); // vigil:expect VGL-PHP-COOKIE-002

session_set_cookie_params([ // vigil:expect VGL-PHP-COOKIE-002
    'lifetime' => 0,
    'path' => '/',
    'secure' => true,
    'httponly' => false,
]);

ini_set('session.cookie_secure', '0'); // vigil:expect VGL-PHP-COOKIE-002
ini_set('session.cookie_httponly', 0); // vigil:expect VGL-PHP-COOKIE-002
session_start();
