<?php
$config = [
    'host' => 'smtp.mailprovider.example',
    'port' => 587,
    'username' => 'notifications@shop.example',
    'password' => $_ENV['SMTP_PASSWORD'] ?? '',
];

$transport = sprintf('smtp://%s:%s@%s:%d', urlencode($config['username']), urlencode($config['password']), $config['host'], $config['port']);
return $transport;
