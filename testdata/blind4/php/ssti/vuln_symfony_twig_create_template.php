<?php

namespace App\Controller\Admin;

use App\Repository\CustomerRepository;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;
use Twig\Environment;

class NewsletterPreviewController
{
    public function __construct(private Environment $twig, private CustomerRepository $customers)
    {
    }

    #[Route('/admin/newsletter/preview', methods: ['POST'])]
    public function preview(Request $request): Response
    {
        $source = (string) $request->request->get('body', 'Hello {{ customer.firstName }}');
        $customer = $this->customers->findOneBy([], ['id' => 'ASC']);

        $template = $this->twig->createTemplate($source); // LABEL: CWE-1336

        return new Response($template->render(['customer' => $customer]));
    }
}
