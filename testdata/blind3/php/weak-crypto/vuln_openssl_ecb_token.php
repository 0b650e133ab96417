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
        $plain = json_encode(['doc' => $documentId, 'exp' => $expires]);
        $cipher = openssl_encrypt($plain, 'aes-128-ecb', $this->key, OPENSSL_RAW_DATA); // LABEL: CWE-327

        return rtrim(strtr(base64_encode($cipher), '+/', '-_'), '=');
    }

    public function decode(string $token): ?array
    {
        $raw = base64_decode(strtr($token, '-_', '+/'));
        $plain = openssl_decrypt($raw, 'aes-128-ecb', $this->key, OPENSSL_RAW_DATA);

        return $plain === false ? null : json_decode($plain, true);
    }
}
