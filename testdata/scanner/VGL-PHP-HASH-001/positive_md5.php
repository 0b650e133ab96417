<?php
function register($db, $user, $password) {
    $hash = md5($password); // vigil:expect VGL-PHP-HASH-001
    $db->prepare('INSERT INTO users (name, pw) VALUES (?, ?)')->execute([$user, $hash]);
}
