<?php
use GuzzleHttp\Client;

$client = new Client(['verify' => '/etc/ssl/private-ca.pem', 'http_errors' => false]);
$ctx = stream_context_create(['ssl' => ['verify_peer' => true, 'cafile' => '/etc/ssl/private-ca.pem']]);
