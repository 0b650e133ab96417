<?php
require __DIR__ . '/../bootstrap.php';

$email = $_POST['email'] ?? '';
$password = $_POST['password'] ?? '';

$user = find_user_by_email($pdo, $email);
if ($user === null || !password_verify($password, $user['password_hash'])) {
    http_response_code(401);
    render('login.php', ['error' => 'Invalid credentials']);
    exit;
}

session_regenerate_id(true);
$_SESSION['user_id'] = (int) $user['id'];

if (!empty($_POST['remember'])) {
    $token = bin2hex(random_bytes(32));
    store_remember_token($pdo, (int) $user['id'], hash('sha256', $token));
    setcookie('remember_me', $token, [
        'expires' => time() + 60 * 60 * 24 * 30,
        'path' => '/',
        'secure' => true,
        'httponly' => true,
        'samesite' => 'Lax',
    ]);
}

header('Location: /dashboard');
