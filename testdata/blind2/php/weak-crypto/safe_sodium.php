<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

function encrypt_iban(string $iban, string $key): string
{
    $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
    return base64_encode($nonce . sodium_crypto_secretbox($iban, $nonce, $key));
}

echo encrypt_iban('DE89370400440532013000', hex2bin(getenv('IBAN_KEY')));
