<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;

class CampaignController
{
    #[Route('/landing/{campaign}')]
    public function landing(Request $request, string $campaign): Response
    {
        $ref = $request->query->get('ref', 'direct');
        $html = "<section data-campaign=\"{$campaign}\"><p>You came from {$ref}.</p></section>";

        return new Response($html); // LABEL: CWE-79
    }
}
