<?php

namespace App\Http\Controllers;

use Illuminate\Support\Facades\Http;

class ShippingController extends Controller
{
    private const API = 'https://api.shipping.example.com/v2';

    public function track(int $parcel)
    {
        $response = Http::withToken(config('services.shipping.token'))
            ->get(self::API . '/parcels/' . $parcel . '/events');

        return response()->json([
            'parcel' => $parcel,
            'events' => $response->json('events', []),
        ]);
    }
}
