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
        $source = $request->request->get('template', 'Hello {{ name }}');
        $template = $this->twig->createTemplate($source); // LABEL: CWE-1336

        return new Response($template->render(['name' => 'Subscriber', 'unsubscribe' => '#']));
    }
}
