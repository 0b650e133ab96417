<?php
defined('LOG_FILENAME') or define('LOG_FILENAME', 'log.txt');
define('SECRET_KEY_LENGTH', '32');
return [
    'password' => 'Datenbank-Passwort',
    'api_key' => 'APIキー',
];
