<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class OrderFeedController
{
    #[Route('/api/orders/feed', methods: ['POST'])]
    public function import(Request $request): JsonResponse
    {
        $doc = new \DOMDocument();
        $ok = $doc->loadXML($request->getContent(), LIBXML_NONET);
        if (!$ok || $doc->doctype !== null) {
            return new JsonResponse(['error' => 'invalid xml'], 400);
        }

        $orders = [];
        foreach ($doc->getElementsByTagName('order') as $node) {
            $orders[] = [
                'ref' => $node->getAttribute('ref'),
                'note' => $node->getElementsByTagName('note')->item(0)?->textContent,
            ];
        }

        return new JsonResponse(['imported' => count($orders), 'orders' => $orders]);
    }
}
