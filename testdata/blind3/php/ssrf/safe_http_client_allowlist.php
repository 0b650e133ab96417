<?php

namespace App\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

class OEmbedClient
{
    private const PROVIDERS = [
        'www.youtube.com' => 'https://www.youtube.com/oembed',
        'vimeo.com' => 'https://vimeo.com/api/oembed.json',
    ];

    public function __construct(private HttpClientInterface $client)
    {
    }

    public function fetch(string $mediaUrl): ?array
    {
        $host = parse_url($mediaUrl, PHP_URL_HOST);
        $endpoint = self::PROVIDERS[$host] ?? null;
        if ($endpoint === null) {
            return null;
        }
        $response = $this->client->request('GET', $endpoint, ['query' => ['url' => $mediaUrl, 'format' => 'json']]);

        return $response->toArray();
    }
}
