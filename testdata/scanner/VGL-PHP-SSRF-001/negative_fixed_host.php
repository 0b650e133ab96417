<?php
$city = intval($_GET['city']);
$ch = curl_init("https://api.weather.example/v1/cities/" . $city);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
echo curl_exec($ch);
