<?php
function save_theme($theme) {
    setcookie('theme', $theme, ['expires' => time() + 86400 * 365, 'httponly' => false]);
    setcookie('session_token', '', time() - 3600, '/', '', false, false);
    return cookie('locale', 'en', 60, '/', null, false, false);
}
