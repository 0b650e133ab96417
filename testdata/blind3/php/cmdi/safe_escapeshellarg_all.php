<?php

namespace App\Services;

class ImageOptimizer
{
    private string $binary = '/usr/bin/jpegoptim';

    public function optimize(string $file, string $quality): bool
    {
        $q = max(10, min(100, (int) $quality));
        $command = sprintf('%s --max=%d --strip-all %s', $this->binary, $q, escapeshellarg($file));
        exec($command, $output, $code);

        return $code === 0;
    }

    public function version(): string
    {
        return trim((string) shell_exec($this->binary . ' --version'));
    }
}
