<?php
$db_password = getenv('DB_PASSWORD');
define('API_KEY', getenv('API_KEY'));
$pdo = new PDO('mysql:host=db;dbname=app', 'app', $db_password);
return ['smtp_password' => env('SMTP_PASSWORD')];
