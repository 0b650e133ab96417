<?php
// signs webhook payloads and encrypts the stored card token with keys written in the code
function sign_payload(string $body): string
{
    return hash_hmac('sha256', $body, 'c1f4e7a9b2d5086e3f1a'); // vigil:expect VGL-PHP-SECRET-001
}

function seal(string $cardToken, string $iv): string
{
    return openssl_encrypt($cardToken, 'aes-256-cbc', "9Fk2Lq7Xv0Rt3Wz8Nb4Mc6Hd1Js5Gp0", 0, $iv); // vigil:expect VGL-PHP-SECRET-001
}
