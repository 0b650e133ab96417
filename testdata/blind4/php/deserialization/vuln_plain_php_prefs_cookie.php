<?php
require __DIR__ . '/../bootstrap.php';

final class DashboardPreferences
{
    public array $widgets = ['sales', 'traffic'];
    public string $range = '7d';

    public static function fromCookie(?string $raw): self
    {
        if ($raw === null || $raw === '') {
            return new self();
        }
        $prefs = unserialize(base64_decode($raw)); // LABEL: CWE-502
        return $prefs instanceof self ? $prefs : new self();
    }

    public function toCookie(): string
    {
        return base64_encode(serialize($this));
    }
}

$prefs = DashboardPreferences::fromCookie($_COOKIE['dash_prefs'] ?? null);
render('dashboard.php', ['widgets' => $prefs->widgets, 'range' => $prefs->range]);
