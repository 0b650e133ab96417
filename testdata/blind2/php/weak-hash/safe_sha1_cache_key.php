<?php
function cache_path(string $url): string
{
    return '/var/cache/thumbs/' . sha1($url) . '.jpg';
}

$url = 'https://cdn.example.com/banners/summer.jpg';
$path = cache_path($url);
if (!is_file($path)) {
    copy($url, $path);
}
header('Content-Type: image/jpeg');
readfile($path);
