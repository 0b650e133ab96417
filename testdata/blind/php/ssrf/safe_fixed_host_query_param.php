<?php
// Weather widget: the host is fixed, the city only becomes a query parameter.
require __DIR__ . '/../bootstrap.php';

$city = $_GET['city'] ?? 'Berlin';
$url = 'https://api.weather.example.com/v1/current?' . http_build_query([
    'q' => $city,
    'units' => 'metric',
]);
$json = file_get_contents($url);
header('Content-Type: application/json');
echo $json === false ? '{}' : $json;
