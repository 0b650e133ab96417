<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

class WelcomeController
{
    #[Route('/welcome', name: 'welcome')]
    public function __invoke(Request $request): Response
    {
        $last = $request->query->get('from', 'our homepage');
        $content = <<<HTML
<html><body>
<h1>Welcome!</h1>
<p>You arrived from $last.</p>
</body></html>
HTML;

        return new Response($content, 200, ['Content-Type' => 'text/html']); // LABEL: CWE-79
    }
}
