<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$key = hex2bin(getenv('EXPORT_KEY'));
$records = json_encode(['patients' => [['id' => 17, 'dx' => 'J45']]]);
$iv = random_bytes(12);
$sealed = openssl_encrypt($records, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
file_put_contents('/var/exports/patients.enc', $iv . $tag . $sealed);
