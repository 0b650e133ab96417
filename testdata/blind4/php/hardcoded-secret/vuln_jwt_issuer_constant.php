<?php

namespace App\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class TokenIssuer
{
    private const SIGNING_KEY = 'b7Rk2qX9mZ4vN1pL8sT3wY6cH0jF5dGa'; // LABEL: CWE-798
    private const TTL = 3600;

    public function issue(int $userId, array $scopes): string
    {
        $now = time();
        return JWT::encode([
            'sub' => $userId,
            'scp' => $scopes,
            'iat' => $now,
            'exp' => $now + self::TTL,
        ], self::SIGNING_KEY, 'HS256');
    }

    public function verify(string $jwt): object
    {
        return JWT::decode($jwt, new Key(self::SIGNING_KEY, 'HS256'));
    }
}
