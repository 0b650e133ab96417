<?php

namespace App\Services;

class ImageOptimizer
{
    private string $binary = '/usr/bin/jpegoptim';

    public function optimize(string $file, string $quality): bool
    {
        $command = sprintf('%s --max=%s --strip-all %s', $this->binary, $quality, escapeshellarg($file));
        exec($command, $output, $code); // LABEL: CWE-78

        return $code === 0;
    }

    public function version(): string
    {
        return trim((string) shell_exec($this->binary . ' --version'));
    }
}
