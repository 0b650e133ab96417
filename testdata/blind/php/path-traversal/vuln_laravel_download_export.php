<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ExportDownloadController extends Controller
{
    public function __invoke(Request $request)
    {
        $file = $request->query('file');
        if ($file === null) {
            abort(404);
        }

        return response()->download(storage_path('app/exports/' . $file)); // LABEL: CWE-22
    }
}
