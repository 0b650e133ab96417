<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;
use Symfony\Contracts\HttpClient\HttpClientInterface;

class OEmbedController
{
    public function __construct(private HttpClientInterface $client)
    {
    }

    #[Route('/api/oembed')]
    public function fetch(Request $request): JsonResponse
    {
        $endpoint = $request->query->get('endpoint', 'https://www.youtube.com/oembed');
        $response = $this->client->request('GET', $endpoint, ['query' => ['url' => $request->query->get('url'), 'format' => 'json']]); // LABEL: CWE-918

        return new JsonResponse($response->toArray(false));
    }
}
