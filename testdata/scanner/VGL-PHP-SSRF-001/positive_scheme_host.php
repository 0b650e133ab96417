<?php
$status = file_get_contents('http://' . $_GET['host'] . '/status'); // vigil:expect VGL-PHP-SSRF-001
$feed = fopen("https://{$_POST['server']}/feed.xml", 'r'); // vigil:expect VGL-PHP-SSRF-001
$page = file_get_contents($_GET['url']); // vigil:expect VGL-PHP-SSRF-001
