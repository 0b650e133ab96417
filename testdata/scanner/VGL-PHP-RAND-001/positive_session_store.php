<?php
function start_login($userId) {
    $id = str_shuffle(md5((string) mt_rand())); // vigil:expect VGL-PHP-RAND-001
    $_SESSION['auth'] = ['user' => $userId, 'key' => $id];
    return $id;
}
