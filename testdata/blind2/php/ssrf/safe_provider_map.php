<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

class OEmbedController extends Controller
{
    private const PROVIDERS = [
        'youtube' => 'https://www.youtube.com/oembed',
        'vimeo' => 'https://vimeo.com/api/oembed.json',
    ];

    public function show(Request $request)
    {
        $endpoint = self::PROVIDERS[$request->input('provider')] ?? self::PROVIDERS['youtube'];
        $response = Http::timeout(3)->get($endpoint, ['url' => $request->input('url'), 'format' => 'json']);

        return response()->json($response->json());
    }
}
