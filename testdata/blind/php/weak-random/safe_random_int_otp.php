<?php
declare(strict_types=1);

function one_time_code(): string
{
    return str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);
}

session_start();
$_SESSION['otp'] = password_hash(one_time_code(), PASSWORD_DEFAULT);
$_SESSION['otp_expires'] = time() + 300;
echo 'A code was sent to your phone.';
