<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

function encrypt_iban(string $iban, string $key): string
{
    $iv = random_bytes(8);
    $ct = openssl_encrypt($iban, 'des-cbc', $key, OPENSSL_RAW_DATA, $iv); // LABEL: CWE-327
    return base64_encode($iv . $ct);
}

echo encrypt_iban('DE89370400440532013000', getenv('IBAN_KEY'));
