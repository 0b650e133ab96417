<?php
function register($db, $user, $password) {
    $hash = password_hash($password, PASSWORD_DEFAULT);
    $db->prepare('INSERT INTO users (name, pw) VALUES (?, ?)')->execute([$user, $hash]);
}
