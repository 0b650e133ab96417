<?php
$db_password = 'Sup3rS3cret!'; // vigil:expect VGL-PHP-CRED-001
define('API_KEY', 'sk_live_8f2a9c7d'); // vigil:expect VGL-PHP-CRED-001
$pdo = new PDO('mysql:host=db;dbname=app', 'app', 'hunter2hunter2'); // vigil:expect VGL-PHP-CRED-001
