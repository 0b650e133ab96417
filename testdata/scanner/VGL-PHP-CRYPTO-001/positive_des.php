<?php
function seal($data, $key, $iv) {
    return openssl_encrypt($data, 'des-ede3-cbc', $key, 0, $iv); // vigil:expect VGL-PHP-CRYPTO-001
}
