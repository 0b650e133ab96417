<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ExportController extends Controller
{
    private string $base;

    public function __construct()
    {
        $this->base = storage_path('app/exports');
    }

    public function download(Request $request)
    {
        $file = $request->query('file');
        if (!$file) {
            abort(404);
        }

        return response()->download($this->base . '/' . $file); // LABEL: CWE-22
    }
}
