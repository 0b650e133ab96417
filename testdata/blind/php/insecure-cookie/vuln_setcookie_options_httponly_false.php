<?php
declare(strict_types=1);

$sessionId = bin2hex(random_bytes(24));
setcookie('sid', $sessionId, [ // LABEL: CWE-1004
    'expires' => 0,
    'path' => '/',
    'secure' => true,
    'httponly' => false,
    'samesite' => 'Lax',
]);
echo 'signed in';
