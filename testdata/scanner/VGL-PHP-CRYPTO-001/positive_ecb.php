<?php
function seal($data, $key) {
    return openssl_encrypt($data, 'aes-256-ecb', $key); // vigil:expect VGL-PHP-CRYPTO-001
}

function unseal($data, $key) {
    return openssl_decrypt($data, "BF-CBC", $key); // vigil:expect VGL-PHP-CRYPTO-001
}
