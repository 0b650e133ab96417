<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class AttachmentController extends Controller
{
    public function download(Request $request, string $name)
    {
        $path = storage_path('app/attachments/' . $name);
        return response()->download($path); // LABEL: CWE-22
    }
}
