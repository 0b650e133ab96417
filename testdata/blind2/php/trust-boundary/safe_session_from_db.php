<?php
session_start();
$pdo = new PDO('sqlite:/var/app/users.db');

$stmt = $pdo->prepare('SELECT id, is_admin FROM users WHERE id = ?');
$stmt->execute([$_SESSION['user_id'] ?? 0]);
$row = $stmt->fetch(PDO::FETCH_ASSOC);

$_SESSION['is_admin'] = $row ? (bool) $row['is_admin'] : false;
header('Location: /profile');
