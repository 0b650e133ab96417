<?php
declare(strict_types=1);

const ALLOWED_HOSTS = ['cdn.example.com', 'images.example.com'];

function fetch_image(string $url): ?string
{
    $parts = parse_url($url);
    if ($parts === false || ($parts['scheme'] ?? '') !== 'https' || isset($parts['user']) || isset($parts['port'])) {
        return null;
    }
    if (!in_array(strtolower($parts['host'] ?? ''), ALLOWED_HOSTS, true)) {
        return null;
    }
    $path = $parts['path'] ?? '/';
    $body = file_get_contents('https://' . $parts['host'] . $path);
    return $body === false ? null : $body;
}

$img = fetch_image($_GET['src'] ?? '');
header('Content-Type: image/png');
echo $img ?? '';
