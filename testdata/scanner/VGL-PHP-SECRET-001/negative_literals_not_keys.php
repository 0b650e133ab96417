<?php
// literals in other positions: the algorithm, the data, a placeholder key in docs-like code
function checksum(string $path): string
{
    return hash_hmac('sha256', 'health-check-v2', getenv('APP_KEY'));
}

function cipher_name(): string
{
    return openssl_encrypt('fixed-probe-text', 'aes-256-gcm', getenv('PROBE_KEY'), 0, random_bytes(12), $tag);
}

function sample(): string
{
    return \Firebase\JWT\JWT::encode(['demo' => true], 'your-256-bit-secret', 'HS256');
}
