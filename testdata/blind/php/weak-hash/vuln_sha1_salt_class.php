<?php
declare(strict_types=1);

final class LegacyHasher
{
    public function __construct(private string $pepper)
    {
    }

    public function hash(string $password, string $salt): string
    {
        return hash('sha1', $salt . $password . $this->pepper); // LABEL: CWE-328
    }

    public function verify(string $password, string $salt, string $stored): bool
    {
        return hash_equals($stored, $this->hash($password, $salt));
    }
}

$hasher = new LegacyHasher((string) getenv('APP_PEPPER'));
$salt = bin2hex(random_bytes(8));
echo $salt . ':' . $hasher->hash($_POST['new_password'] ?? '', $salt);
