<?php
final class Preview
{
    private const HOSTS = ['img.example.com', 'cdn.example.com'];

    private static function allowed(string $u): bool
    {
        $p = parse_url($u);
        return isset($p['host']) && in_array($p['host'], self::HOSTS, true);
    }

    public function fetch(): string
    {
        $u = $_GET['url'] ?? '';
        if (!self::allowed($u)) {
            return '';
        }
        $ch = curl_init($u);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return (string) curl_exec($ch);
    }
}

function trusted_url(string $u): bool
{
    $parts = parse_url($u);
    return is_array($parts) && ($parts['scheme'] ?? '') === 'https' && in_array($parts['host'] ?? '', ['api.example.com'], true);
}
$target = $_POST['target'];
if (!trusted_url($target)) {
    exit;
}
$body = file_get_contents($target);
$fixed = file_get_contents('https://api.example.com/v1/items?q=' . $_GET['q']);
$log = fopen($_GET['logfile'], 'a');
