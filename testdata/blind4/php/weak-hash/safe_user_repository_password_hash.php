<?php

final class UserRepository
{
    public function __construct(private PDO $pdo)
    {
    }

    public function register(string $email, string $password): int
    {
        $stmt = $this->pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
        $stmt->execute([$email, password_hash($password, PASSWORD_DEFAULT)]);
        return (int) $this->pdo->lastInsertId();
    }

    public function verify(string $email, string $password): bool
    {
        $stmt = $this->pdo->prepare('SELECT password_hash FROM users WHERE email = ?');
        $stmt->execute([$email]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        return $row !== false && password_verify($password, $row['password_hash']);
    }

    public function avatarUrl(string $email): string
    {
        return 'https://www.gravatar.com/avatar/' . md5(strtolower(trim($email))) . '?s=80&d=identicon';
    }
}
