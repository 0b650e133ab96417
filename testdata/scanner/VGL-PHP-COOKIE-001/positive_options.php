<?php
function remember(string $token): void
{
    setcookie('remember', $token, ['expires' => time() + 86400, 'secure' => false, 'httponly' => true]); // vigil:expect VGL-PHP-COOKIE-001
}
