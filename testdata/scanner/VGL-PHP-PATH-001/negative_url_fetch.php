<?php
// fetching a URL with a literal scheme is a network request (VGL-PHP-SSRF-001), not a path
$q = $_GET['q'];
$data = file_get_contents('https://api.example.com/search?q=' . urlencode($q));
$item = file_get_contents("https://api.example.com/items/{$_GET['id']}");
$feed = fopen('http://' . $_GET['host'] . '/feed.xml', 'r');

const HOSTS = ['cdn.example.com', 'img.example.com'];
$url = $_GET['url'];
$host = parse_url($url, PHP_URL_HOST);
if (in_array($host, HOSTS, true)) {
    $img = file_get_contents($url);
}
