<?php
const CIPHER = 'aes-256-gcm';

function seal(string $data, string $key): array
{
    $iv = random_bytes(openssl_cipher_iv_length(CIPHER));
    $ct = openssl_encrypt($data, CIPHER, $key, OPENSSL_RAW_DATA, $iv, $tag);
    return [$ct, $iv, $tag];
}
