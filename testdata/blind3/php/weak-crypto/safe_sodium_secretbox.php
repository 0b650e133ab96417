<?php

namespace App\Services;

class ShareLinkEncoder
{
    private string $key;

    public function __construct()
    {
        $this->key = base64_decode((string) getenv('SHARE_LINK_KEY'));
    }

    public function encode(int $documentId, int $expires): string
    {
        $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        $box = sodium_crypto_secretbox(json_encode(['doc' => $documentId, 'exp' => $expires]), $nonce, $this->key);

        return sodium_bin2base64($nonce . $box, SODIUM_BASE64_VARIANT_URLSAFE_NO_PADDING);
    }

    public function decode(string $token): ?array
    {
        $raw = sodium_base642bin($token, SODIUM_BASE64_VARIANT_URLSAFE_NO_PADDING);
        $plain = sodium_crypto_secretbox_open(substr($raw, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES), substr($raw, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES), $this->key);

        return $plain === false ? null : json_decode($plain, true);
    }
}
