<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;
use Twig\Environment;

class InvoiceTemplatePreviewController
{
    public function __construct(private Environment $twig)
    {
    }

    #[Route('/invoice-templates/preview', methods: ['POST'])]
    public function preview(Request $request): Response
    {
        $source = $request->request->get('template', '{{ customer }}');
        $template = $this->twig->createTemplate($source); // LABEL: CWE-1336

        return new Response($template->render(['customer' => 'ACME GmbH', 'total' => '99.00']));
    }
}
