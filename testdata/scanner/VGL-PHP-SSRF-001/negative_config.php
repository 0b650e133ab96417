<?php
use GuzzleHttp\Client;

function status($request) {
    $client = new Client();
    $res = $client->request('POST', getenv('STATUS_URL'), ['json' => ['who' => $request->input('who')]]);
    return $res->getStatusCode();
}
