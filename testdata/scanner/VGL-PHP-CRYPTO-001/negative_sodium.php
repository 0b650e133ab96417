<?php
function seal($data, $key) {
    $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
    $cipher = 'aes-128-cbc-hmac-sha256';
    return $nonce . sodium_crypto_secretbox($data, $nonce, $key) . openssl_encrypt($data, $cipher, $key);
}
