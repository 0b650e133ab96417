<?php

namespace App\Services;

use RuntimeException;

class Transcoder
{
    private string $root;
    private string $height;

    public function __construct(string $root, string $height)
    {
        $this->root = $root;
        $this->height = $height;
    }

    public function run(string $relativePath): string
    {
        $src = escapeshellarg($this->root . '/' . $relativePath);
        $out = $this->root . '/out/' . uniqid('v', true) . '.mp4';
        $cmd = "ffmpeg -y -i {$src} -vf scale=-2:{$this->height} " . escapeshellarg($out) . ' 2>&1';
        $log = shell_exec($cmd); // LABEL: CWE-78
        if (!is_file($out)) {
            throw new RuntimeException('transcode failed: ' . $log);
        }
        return $out;
    }
}
