<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Process;

class ImageResizeController extends Controller
{
    public function store(Request $request)
    {
        $size = $request->input('size', '800x600');
        $name = $request->file('image')->store('incoming');
        $path = storage_path('app/' . $name);
        $result = Process::run("convert {$path} -resize {$size} {$path}.jpg"); // LABEL: CWE-78

        return response()->json(['ok' => $result->successful()]);
    }
}
