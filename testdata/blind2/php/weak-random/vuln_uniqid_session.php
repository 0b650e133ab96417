<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

header('X-Content-Type-Options: nosniff');
$sessionToken = uniqid('sess_', true); // LABEL: CWE-338
file_put_contents('/var/app/sessions/' . $sessionToken, (string) time());

setcookie('app_session', $sessionToken, ['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
echo 'ok';
