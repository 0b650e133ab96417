<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class AutocompleteController
{
    #[Route('/api/autocomplete')]
    public function suggest(Request $request): JsonResponse
    {
        $term = (string) $request->query->get('term', '');

        return new JsonResponse(['term' => $term, 'suggestions' => [$term . 's', $term . 'ing']]);
    }
}
