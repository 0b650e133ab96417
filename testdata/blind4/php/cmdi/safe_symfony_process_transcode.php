<?php

namespace App\Service;

use Symfony\Component\Process\Process;

class Transcoder
{
    private const HEIGHTS = [360, 480, 720, 1080];

    public function __construct(private string $root, private int $height)
    {
        if (!in_array($this->height, self::HEIGHTS, true)) {
            $this->height = 720;
        }
    }

    public function run(string $relativePath): string
    {
        $out = $this->root . '/out/' . bin2hex(random_bytes(8)) . '.mp4';
        $process = new Process([
            'ffmpeg', '-y', '-i', $this->root . '/' . basename($relativePath),
            '-vf', 'scale=-2:' . $this->height, $out,
        ]);
        $process->setTimeout(600);
        $process->mustRun();
        return $out;
    }
}
