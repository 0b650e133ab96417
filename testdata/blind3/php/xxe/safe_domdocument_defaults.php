<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

class InvoiceImportController
{
    #[Route('/invoices/import', methods: ['POST'])]
    public function import(Request $request): JsonResponse
    {
        $doc = new \DOMDocument();
        if (!$doc->loadXML($request->getContent(), LIBXML_NONET)) {
            return new JsonResponse(['error' => 'invalid xml'], 400);
        }

        $lines = [];
        foreach ($doc->getElementsByTagName('line') as $line) {
            $lines[] = trim($line->textContent);
        }

        return new JsonResponse(['lines' => $lines]);
    }
}
