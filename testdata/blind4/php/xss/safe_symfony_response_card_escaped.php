<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;

class EmbedCardController
{
    private const DEFAULT_CAPTION = '<em>No caption</em>';

    #[Route('/embed/card', methods: ['GET'])]
    public function card(Request $request): Response
    {
        $title = htmlspecialchars((string) $request->query->get('title', 'Untitled'), ENT_QUOTES, 'UTF-8');
        $caption = $request->query->get('caption');
        $caption = $caption === null || $caption === '' ? self::DEFAULT_CAPTION : htmlspecialchars($caption, ENT_QUOTES, 'UTF-8');

        $html = new \ArrayObject();
        $html->append('<div class="card">');
        $html->append('<h3>' . $title . '</h3>');
        $html->append('<figcaption>' . $caption . '</figcaption>');
        $html->append('</div>');

        return new Response(implode('', $html->getArrayCopy()), 200, ['Content-Type' => 'text/html']);
    }
}
