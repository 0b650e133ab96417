<?php

namespace App\Http\Controllers;

use App\Services\WebhookPinger;
use Illuminate\Http\Request;

class WebhookController extends Controller
{
    public function test(Request $request)
    {
        $data = $request->validate(['url' => ['required', 'url']]);
        $pinger = new WebhookPinger($data['url'], $request->user()->team->webhook_secret);

        return response()->json($pinger->ping());
    }
}
