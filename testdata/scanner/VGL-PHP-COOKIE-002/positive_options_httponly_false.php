<?php
function remember_user($token) {
    setcookie('remember_token', $token, ['expires' => time() + 3600, 'path' => '/', 'secure' => true, 'httponly' => false, 'samesite' => 'Lax']); // vigil:expect VGL-PHP-COOKIE-002
}

function start_session($sid) {
    setcookie('SESSID', $sid, time() + 3600, '/', '', true, false); // vigil:expect VGL-PHP-COOKIE-002
}
