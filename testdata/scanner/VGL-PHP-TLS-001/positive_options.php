<?php
use GuzzleHttp\Client;

$client = new Client([
    'base_uri' => 'https://api.example.com',
    'verify' => false, // vigil:expect VGL-PHP-TLS-001
]);
$ctx = stream_context_create(['ssl' => [
    'verify_peer' => false, // vigil:expect VGL-PHP-TLS-001
]]);
