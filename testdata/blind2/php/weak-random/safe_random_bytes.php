<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

function make_reset_token(): string
{
    return bin2hex(random_bytes(16));
}

$token = make_reset_token();
mail($_POST['email'] ?? '', 'Reset your password', "https://app.example.com/reset?t=$token");
