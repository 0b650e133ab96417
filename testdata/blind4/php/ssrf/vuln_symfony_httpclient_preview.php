<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;
use Symfony\Contracts\HttpClient\HttpClientInterface;

class LinkPreviewController
{
    public function __construct(private HttpClientInterface $client)
    {
    }

    #[Route('/api/link-preview', methods: ['POST'])]
    public function preview(Request $request): JsonResponse
    {
        $payload = $request->toArray();
        $url = $payload['url'] ?? '';

        $response = $this->client->request('GET', $url, ['timeout' => 4, 'max_redirects' => 3]); // LABEL: CWE-918
        $html = $response->getContent(false);
        preg_match('/<title>(.*?)<\/title>/si', $html, $m);

        return new JsonResponse(['url' => $url, 'title' => isset($m[1]) ? trim($m[1]) : null]);
    }
}
