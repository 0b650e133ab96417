<?php
function find_user(PDO $pdo) {
    $stmt = $pdo->prepare('SELECT id FROM users WHERE name = ?');
    $stmt->execute([$_GET['name']]);
    return $stmt->fetchAll();
}
