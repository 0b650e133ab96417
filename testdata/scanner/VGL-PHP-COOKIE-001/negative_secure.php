<?php
$https = !empty($_SERVER['HTTPS']);
setcookie('session', $sid, ['expires' => 0, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
setcookie('prefs', 'dark', time() + 3600, '/', '', $https, true);
setcookie('lang', 'en', ['secure' => $https]);
