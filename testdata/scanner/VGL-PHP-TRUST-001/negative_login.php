<?php
session_start();

function login(PDO $pdo): bool
{
    $username = trim($_POST['username'] ?? '');
    $stmt = $pdo->prepare('SELECT id, password_hash FROM users WHERE username = ?');
    $stmt->execute([$username]);
    $user = find_account($pdo, $username);
    if (!$user || !password_verify($_POST['password'] ?? '', $user['password_hash'])) {
        return false;
    }
    session_regenerate_id(true);
    $_SESSION['user_id'] = $user['id'];
    $_SESSION['username'] = $username;
    return true;
}
