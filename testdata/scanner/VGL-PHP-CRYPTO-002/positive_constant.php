<?php
define('LEGACY_ALGO', 'aes-128-ecb');

class Vault
{
    const CIPHER = 'bf-cbc';

    public function seal(string $data, string $key, string $iv): string
    {
        return openssl_encrypt($data, self::CIPHER, $key, 0, $iv); // vigil:expect VGL-PHP-CRYPTO-002
    }

    public function legacy(string $data, string $key): string
    {
        return openssl_decrypt($data, LEGACY_ALGO, $key); // vigil:expect VGL-PHP-CRYPTO-002
    }
}
