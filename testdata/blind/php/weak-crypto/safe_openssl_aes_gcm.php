<?php
declare(strict_types=1);

function seal(string $plain, string $key): string
{
    $iv = random_bytes(12);
    $tag = '';
    $ct = openssl_encrypt($plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
    return base64_encode($iv . $tag . $ct);
}

$key = base64_decode((string) getenv('FIELD_KEY'));
echo seal($_POST['note'] ?? '', $key);
