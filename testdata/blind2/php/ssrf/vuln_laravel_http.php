<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

class OEmbedController extends Controller
{
    public function show(Request $request)
    {
        $endpoint = $request->input('endpoint');
        $response = Http::timeout(3)->get($endpoint, ['format' => 'json']); // LABEL: CWE-918

        return response()->json($response->json());
    }
}
