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
        $xml = $request->getContent();
        $doc = new \DOMDocument();
        $doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD); // LABEL: CWE-611

        $lines = [];
        foreach ($doc->getElementsByTagName('line') as $line) {
            $lines[] = trim($line->textContent);
        }

        return new JsonResponse(['lines' => $lines]);
    }
}
