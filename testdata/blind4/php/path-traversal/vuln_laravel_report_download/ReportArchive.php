<?php

namespace App\Services;

use Symfony\Component\HttpFoundation\BinaryFileResponse;

class ReportArchive
{
    private string $folder;

    public function __construct(string $team)
    {
        $this->folder = 'reports/' . preg_replace('/[^a-z0-9-]/', '', strtolower($team));
    }

    public function download(string $name): BinaryFileResponse
    {
        $path = storage_path('app/' . $this->folder . '/' . $name);
        abort_unless(is_file($path), 404);

        return response()->download($path); // LABEL: CWE-22
    }
}
