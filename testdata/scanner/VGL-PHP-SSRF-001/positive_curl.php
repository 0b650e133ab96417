<?php
$url = $_GET['url'];
$ch = curl_init($url); // vigil:expect VGL-PHP-SSRF-001
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
echo curl_exec($ch);
