<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ExportController extends Controller
{
    public function download(Request $request)
    {
        $base = realpath(storage_path('app/exports'));
        $file = (string) $request->query('file', '');
        $full = realpath($base . DIRECTORY_SEPARATOR . $file);

        if ($full === false || !str_starts_with($full, $base . DIRECTORY_SEPARATOR)) {
            abort(404);
        }

        return response()->download($full);
    }
}
