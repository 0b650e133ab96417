<?php
namespace App\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class TokenService
{
    private string $key;

    public function __construct()
    {
        $this->key = getenv('JWT_SECRET') ?: throw new \RuntimeException('JWT_SECRET is not set');
    }

    public function issue(int $userId): string
    {
        return JWT::encode(['sub' => $userId], $this->key, 'HS256');
    }

    public function verify(string $jwt): object
    {
        return JWT::decode($jwt, new Key($this->key, 'HS256'));
    }

    public function sign(string $body): string
    {
        return hash_hmac('sha256', $body, $this->key);
    }
}
