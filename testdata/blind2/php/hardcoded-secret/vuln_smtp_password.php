<?php
$config = [
    'host' => 'smtp.mailprovider.example',
    'port' => 587,
    'username' => 'notifications@shop.example',
    'password' => 'Xk9#pL2m!Qw7rT4v', // LABEL: CWE-798
];

$transport = sprintf('smtp://%s:%s@%s:%d', urlencode($config['username']), urlencode($config['password']), $config['host'], $config['port']);
return $transport;
