<?php
$allowed = ['en', 'de', 'fr', 'es'];
$lang = $_COOKIE['lang'] ?? 'en';
if (!in_array($lang, $allowed, true)) {
    $lang = 'en';
}

include __DIR__ . '/lang/' . $lang . '.php';

echo $messages['welcome'] ?? 'Welcome';
