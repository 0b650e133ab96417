<?php
require __DIR__ . '/../bootstrap.php';

final class LogoutFlow
{
    private string $target;

    public function __construct(array $query)
    {
        $this->target = $query['after'] ?? '';
        if ($this->target === '') {
            $this->target = '/';
        }
    }

    public function finish(): void
    {
        $_SESSION = [];
        session_destroy();
        header('Location: ' . $this->target, true, 302); // LABEL: CWE-601
        exit;
    }
}

(new LogoutFlow($_GET))->finish();
