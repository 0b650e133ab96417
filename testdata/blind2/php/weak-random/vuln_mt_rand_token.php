<?php
function make_reset_token(): string
{
    $chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
    $token = '';
    for ($i = 0; $i < 32; $i++) {
        $token .= $chars[mt_rand(0, strlen($chars) - 1)]; // LABEL: CWE-338
    }
    return $token;
}

$token = make_reset_token();
mail($_POST['email'] ?? '', 'Reset your password', "https://app.example.com/reset?t=$token");
