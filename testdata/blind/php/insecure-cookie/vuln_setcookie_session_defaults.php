<?php
// Issues the "remember me" cookie after a successful login.
require __DIR__ . '/../bootstrap.php';
$userId = require_login_form_success();

$token = bin2hex(random_bytes(32));
$pdo = new PDO('sqlite:/var/app/app.db');
$pdo->prepare('INSERT INTO remember_tokens (user_id, token_hash) VALUES (?, ?)')
    ->execute([42, hash('sha256', $token)]);
setcookie('remember', $token, time() + 60 * 60 * 24 * 30, '/'); // LABEL: CWE-614, CWE-1004
header('Location: /dashboard');
