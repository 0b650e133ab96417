<?php

namespace App\Http\Controllers;

use App\Services\ImageOptimizer;
use Illuminate\Http\Request;

class MediaController extends Controller
{
    public function __construct(private ImageOptimizer $optimizer)
    {
    }

    public function optimize(Request $request)
    {
        $path = $request->file('image')->store('uploads');
        $quality = $request->input('quality', '80');
        $result = $this->optimizer->optimize(storage_path('app/' . $path), $quality);

        return response()->json(['ok' => $result]);
    }
}
