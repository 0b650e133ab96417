<?php
use GuzzleHttp\Client;

function preview($request) {
    $client = new Client();
    $res = $client->request('GET', $request->input('link')); // vigil:expect VGL-PHP-SSRF-001
    $ch = curl_init();
    curl_setopt($ch, CURLOPT_URL, "http://" . $_POST['host'] . "/health"); // vigil:expect VGL-PHP-SSRF-001
    return $res->getBody();
}
