<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

class ExchangeRateController extends Controller
{
    private const PROVIDERS = [
        'ecb'  => 'https://rates.ecb.example/daily.json',
        'fed'  => 'https://fx.fed.example/latest.json',
    ];

    public function show(Request $request)
    {
        $key = $request->query('provider', 'ecb');
        abort_unless(array_key_exists($key, self::PROVIDERS), 404);

        return response()->json(Http::get(self::PROVIDERS[$key])->json());
    }
}
