<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ProductFeedController extends Controller
{
    public function import(Request $request)
    {
        $content = $request->file('feed')->get();
        $feed = simplexml_load_string($content, 'SimpleXMLElement', LIBXML_NOENT); // LABEL: CWE-611
        $names = [];
        foreach ($feed->product as $product) {
            $names[] = (string) $product->name;
        }

        return response()->json(['imported' => $names]);
    }
}
