<?php
declare(strict_types=1);

function fetch_feed(string $feedUrl): string
{
    $ch = curl_init($feedUrl); // LABEL: CWE-918
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_FOLLOWLOCATION => true,
        CURLOPT_TIMEOUT => 10,
    ]);
    $body = curl_exec($ch);
    curl_close($ch);
    return is_string($body) ? $body : '';
}

$subscription = json_decode(file_get_contents('php://input'), true);
$xml = fetch_feed($subscription['feed_url'] ?? '');
echo strlen($xml) . ' bytes fetched';
