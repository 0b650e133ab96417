<?php
namespace App\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class TokenService
{
    public function issue(int $userId): string
    {
        $claims = ['sub' => $userId, 'exp' => time() + 3600];
        return JWT::encode($claims, 'q8W!zR2#vN5pL0tY', 'HS256'); // vigil:expect VGL-PHP-SECRET-001
    }

    public function verify(string $jwt): object
    {
        return JWT::decode($jwt, new Key("q8W!zR2#vN5pL0tY", 'HS256')); // vigil:expect VGL-PHP-SECRET-001
    }
}
