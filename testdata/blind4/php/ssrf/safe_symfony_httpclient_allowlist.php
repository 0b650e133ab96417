<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;
use Symfony\Contracts\HttpClient\HttpClientInterface;

class LinkPreviewController
{
    private const HOSTS = ['github.com', 'gitlab.com', 'www.youtube.com'];

    public function __construct(private HttpClientInterface $client)
    {
    }

    #[Route('/api/link-preview', methods: ['POST'])]
    public function preview(Request $request): JsonResponse
    {
        $url = (string) ($request->toArray()['url'] ?? '');
        $parts = parse_url($url);
        if (($parts['scheme'] ?? '') !== 'https' || !in_array($parts['host'] ?? '', self::HOSTS, true)) {
            return new JsonResponse(['error' => 'unsupported host'], 422);
        }

        $response = $this->client->request('GET', $url, ['timeout' => 4, 'max_redirects' => 0]);
        preg_match('/<title>(.*?)<\/title>/si', $response->getContent(false), $m);

        return new JsonResponse(['url' => $url, 'title' => isset($m[1]) ? trim($m[1]) : null]);
    }
}
