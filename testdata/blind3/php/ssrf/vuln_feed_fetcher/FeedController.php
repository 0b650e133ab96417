<?php

namespace App\Http\Controllers;

use App\Services\FeedFetcher;
use Illuminate\Http\Request;

class FeedController extends Controller
{
    public function __construct(private FeedFetcher $fetcher)
    {
    }

    public function subscribe(Request $request)
    {
        $data = $request->json()->all();
        $items = $this->fetcher->latest($data['feed_url'] ?? '');

        return response()->json(['items' => count($items)]);
    }
}
