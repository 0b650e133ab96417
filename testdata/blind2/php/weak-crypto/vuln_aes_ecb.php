<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

header('X-Content-Type-Options: nosniff');
$key = hex2bin(getenv('EXPORT_KEY'));
$records = json_encode(['patients' => [['id' => 17, 'dx' => 'J45']]]);
$sealed = openssl_encrypt($records, 'aes-256-ecb', $key); // LABEL: CWE-327
file_put_contents('/var/exports/patients.enc', $sealed);
