<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'geocoder' => [
        'url' => 'https://geo.example.com/v1',
        'api_key' => env('GEOCODER_API_KEY'),
        'api_key_header' => 'X-Api-Key',
    ],

];
