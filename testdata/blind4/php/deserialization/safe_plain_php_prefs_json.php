<?php
require __DIR__ . '/../bootstrap.php';

final class DashboardPreferences
{
    private const WIDGETS = ['sales', 'traffic', 'refunds', 'signups'];

    public array $widgets = ['sales', 'traffic'];
    public string $range = '7d';

    public static function fromCookie(?string $raw): self
    {
        $prefs = new self();
        $data = json_decode((string) $raw, true);
        if (!is_array($data)) {
            return $prefs;
        }
        $prefs->widgets = array_values(array_intersect((array) ($data['widgets'] ?? []), self::WIDGETS));
        $prefs->range = in_array($data['range'] ?? '', ['1d', '7d', '30d'], true) ? $data['range'] : '7d';
        return $prefs;
    }
}

$prefs = DashboardPreferences::fromCookie($_COOKIE['dash_prefs'] ?? null);
render('dashboard.php', ['widgets' => $prefs->widgets, 'range' => $prefs->range]);
