<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Annotation\Route;

class CatalogController
{
    #[Route('/catalog/{category}')]
    public function byCategory(string $category): JsonResponse
    {
        $catalog = simplexml_load_file(__DIR__ . '/../../var/catalog.xml');
        $items = $catalog->xpath(sprintf('//item[@category="%s"]/title', $category)); // LABEL: CWE-643

        return new JsonResponse(array_map('strval', $items ?: []));
    }
}
