<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Str;

class ReportUploadController extends Controller
{
    public function store(Request $request)
    {
        $request->validate(['report' => 'required|file|mimes:pdf|max:10240']);
        // The stored name is generated here; the client's file name is never used as a path.
        $name = Str::uuid()->toString() . '.pdf';
        $request->file('report')->move(storage_path('app/reports'), $name);

        return response()->json(['id' => $name], 201);
    }
}
