<?php

namespace App\Support;

class AssetVersion
{
    private array $cache = [];

    public function __construct(private string $publicDir)
    {
    }

    public function url(string $asset): string
    {
        if (!isset($this->cache[$asset])) {
            $file = $this->publicDir . '/' . ltrim($asset, '/');
            $this->cache[$asset] = is_file($file) ? substr(md5_file($file), 0, 8) : 'dev';
        }

        return '/' . ltrim($asset, '/') . '?v=' . $this->cache[$asset];
    }
}
