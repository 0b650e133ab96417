<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class FeedFetcher
{
    private int $timeout = 8;

    public function latest(string $url): array
    {
        $response = Http::timeout($this->timeout)->get($url); // LABEL: CWE-918
        if (!$response->successful()) {
            return [];
        }
        $xml = simplexml_load_string($response->body(), 'SimpleXMLElement', LIBXML_NONET);

        return $xml === false ? [] : iterator_to_array($xml->channel->item ?? [], false);
    }
}
