<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'geocoder' => [
        'url' => 'https://geo.example.com/v1',
        'api_key' => 'gk_prod_4f8a2c9e71d34b6a8e05c1f7d2b9a36e', // LABEL: CWE-798
    ],

    'slack' => [
        'webhook' => env('SLACK_WEBHOOK_URL'),
    ],

];
