<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Twig\Environment;

class SignatureController
{
    public function __construct(private Environment $twig)
    {
    }

    public function preview(Request $request): Response
    {
        $signature = $request->request->get('signature', '');
        return new Response($this->twig->render('signature/preview.html.twig', ['signature' => $signature, 'user' => 'Jane']));
    }
}
