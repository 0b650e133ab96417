<?php
require __DIR__ . '/../bootstrap.php';

final class LogoutFlow
{
    private const ALLOWED_HOSTS = ['app.example.com', 'www.example.com'];
    private string $target = '/';

    public function __construct(array $query)
    {
        $candidate = (string) ($query['after'] ?? '');
        $parts = parse_url($candidate);
        if ($parts === false) {
            return;
        }
        if (!isset($parts['host']) && str_starts_with($candidate, '/') && !str_starts_with($candidate, '//')) {
            $this->target = $candidate;
        } elseif (($parts['scheme'] ?? '') === 'https' && in_array($parts['host'] ?? '', self::ALLOWED_HOSTS, true)) {
            $this->target = $candidate;
        }
    }

    public function finish(): void
    {
        $_SESSION = [];
        session_destroy();
        header('Location: ' . $this->target, true, 302);
        exit;
    }
}

(new LogoutFlow($_GET))->finish();
