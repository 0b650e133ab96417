<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ThumbnailController extends Controller
{
    public function store(Request $request)
    {
        $width = (int) $request->query('w', '200');
        $source = storage_path('app/originals/latest.jpg');
        exec("convert $source -resize {$width}x /tmp/thumb.jpg", $out, $code);

        return response()->json(['code' => $code]);
    }
}
