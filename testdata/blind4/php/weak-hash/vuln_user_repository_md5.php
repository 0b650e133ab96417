<?php

final class UserRepository
{
    public function __construct(private PDO $pdo)
    {
    }

    private function digest(string $password, string $salt): string
    {
        return md5($salt . $password); // LABEL: CWE-328
    }

    public function register(string $email, string $password): int
    {
        $salt = bin2hex(random_bytes(8));
        $stmt = $this->pdo->prepare('INSERT INTO users (email, password_salt, password_digest) VALUES (?, ?, ?)');
        $stmt->execute([$email, $salt, $this->digest($password, $salt)]);
        return (int) $this->pdo->lastInsertId();
    }

    public function verify(string $email, string $password): bool
    {
        $stmt = $this->pdo->prepare('SELECT password_salt, password_digest FROM users WHERE email = ?');
        $stmt->execute([$email]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        return $row !== false && hash_equals($row['password_digest'], $this->digest($password, $row['password_salt']));
    }
}
