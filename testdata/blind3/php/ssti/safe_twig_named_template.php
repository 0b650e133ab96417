<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Twig\Environment;

class NewsletterController
{
    public function __construct(private Environment $twig)
    {
    }

    #[Route('/newsletter/preview', methods: ['POST'])]
    public function preview(Request $request): Response
    {
        $html = $this->twig->render('newsletter/preview.html.twig', [
            'name' => 'Subscriber',
            'intro' => $request->request->get('intro', ''),
        ]);

        return new Response($html);
    }
}
