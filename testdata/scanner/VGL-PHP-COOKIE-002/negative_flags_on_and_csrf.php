<?php
function remember_user($token) {
    setcookie('remember_token', $token, ['expires' => time() + 3600, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
    setcookie('XSRF-TOKEN', csrf_token(), ['secure' => true, 'httponly' => false]);
}

function laravel($token) {
    return response('ok')->withCookie(cookie('session_token', $token, 60, '/', null, true, true));
}
