<?php

namespace App\Services;

use PDO;

class AccountService
{
    public function __construct(private PDO $db, private string $salt)
    {
    }

    public function register(string $email, string $password): int
    {
        $hash = sha1($this->salt . $password); // LABEL: CWE-328, CWE-916
        $stmt = $this->db->prepare('INSERT INTO accounts (email, password_hash) VALUES (?, ?)');
        $stmt->execute([$email, $hash]);

        return (int) $this->db->lastInsertId();
    }

    public function exists(string $email): bool
    {
        $stmt = $this->db->prepare('SELECT 1 FROM accounts WHERE email = ?');
        $stmt->execute([$email]);

        return (bool) $stmt->fetchColumn();
    }
}
