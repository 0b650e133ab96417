<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;
use Twig\Environment;

class GreetingController
{
    public function __construct(private Environment $twig)
    {
    }

    #[Route('/greeting')]
    public function show(Request $request): Response
    {
        // The template is a file in the release; the request only supplies a variable.
        return new Response($this->twig->render('greeting/show.html.twig', [
            'name' => $request->query->get('name', 'visitor'),
        ]));
    }
}
