<?php
declare(strict_types=1);

/** Caches computed reports on local disk; the files are written only by this class. */
final class ReportCache
{
    public function __construct(private string $dir = '/var/cache/reports')
    {
    }

    public function put(string $key, array $report): void
    {
        file_put_contents($this->dir . '/' . sha1($key) . '.ser', serialize($report), LOCK_EX);
    }

    public function get(string $key): ?array
    {
        $file = $this->dir . '/' . sha1($key) . '.ser';
        if (!is_file($file)) {
            return null;
        }
        $value = unserialize((string) file_get_contents($file), ['allowed_classes' => false]);
        return is_array($value) ? $value : null;
    }
}
