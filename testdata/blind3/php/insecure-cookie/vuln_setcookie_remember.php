<?php

require __DIR__ . '/../bootstrap.php';

$user = authenticate($_POST['email'] ?? '', $_POST['password'] ?? '');
if ($user === null) {
    http_response_code(401);
    exit('Invalid credentials');
}

$token = bin2hex(random_bytes(32));
store_remember_token($user['id'], hash('sha256', $token));

setcookie('remember_token', $token, time() + 60 * 60 * 24 * 30, '/'); // LABEL: CWE-614, CWE-1004

header('Location: /account');
exit;
