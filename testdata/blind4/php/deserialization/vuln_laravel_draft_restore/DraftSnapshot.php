<?php

namespace App\Services;

use App\Models\Draft;

class DraftSnapshot
{
    public function __construct(private string $encoded)
    {
    }

    public function restore(): Draft
    {
        $payload = base64_decode($this->encoded, true);
        if ($payload === false) {
            return new Draft();
        }
        $draft = unserialize(gzuncompress($payload)); // LABEL: CWE-502
        return $draft instanceof Draft ? $draft : new Draft();
    }
}
