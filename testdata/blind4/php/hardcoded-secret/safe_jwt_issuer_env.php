<?php

namespace App\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use RuntimeException;

final class TokenIssuer
{
    private const KEY_ENV = 'JWT_SIGNING_KEY';
    private const TTL = 3600;
    private string $key;

    public function __construct()
    {
        $key = getenv(self::KEY_ENV);
        if ($key === false || strlen($key) < 32) {
            throw new RuntimeException('JWT signing key is not configured');
        }
        $this->key = $key;
    }

    public function issue(int $userId, array $scopes): string
    {
        $now = time();
        return JWT::encode(['sub' => $userId, 'scp' => $scopes, 'iat' => $now, 'exp' => $now + self::TTL], $this->key, 'HS256');
    }

    public function verify(string $jwt): object
    {
        return JWT::decode($jwt, new Key($this->key, 'HS256'));
    }
}
