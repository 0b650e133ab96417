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
        $template = $this->twig->createTemplate('<footer>' . $signature . '</footer>'); // LABEL: CWE-1336
        return new Response($template->render(['user' => 'Jane']));
    }
}
