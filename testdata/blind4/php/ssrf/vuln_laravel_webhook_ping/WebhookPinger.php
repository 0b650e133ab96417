<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class WebhookPinger
{
    public function __construct(private string $url, private string $secret)
    {
    }

    public function ping(): array
    {
        $body = json_encode(['event' => 'ping', 'sent_at' => time()]);
        $signature = hash_hmac('sha256', $body, $this->secret);

        $response = Http::timeout(5)->withHeaders(['X-Signature' => $signature])->withBody($body, 'application/json')->post($this->url); // LABEL: CWE-918

        return ['status' => $response->status(), 'body' => mb_substr($response->body(), 0, 500)];
    }
}
