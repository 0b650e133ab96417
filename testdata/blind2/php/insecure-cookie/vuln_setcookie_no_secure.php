<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

header('X-Content-Type-Options: nosniff');
$auth = bin2hex(random_bytes(24));
file_put_contents('/var/app/sessions/' . $auth, (string) time());

setcookie('auth', $auth, ['expires' => time() + 3600, 'path' => '/', 'httponly' => true, 'samesite' => 'Strict']); // LABEL: CWE-614
echo 'signed in';
