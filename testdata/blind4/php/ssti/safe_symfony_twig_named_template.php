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
        $body = (string) $request->request->get('body', '');
        $customer = $this->customers->findOneBy([], ['id' => 'ASC']);

        return new Response($this->twig->render('newsletter/preview.html.twig', [
            'customer' => $customer,
            'body' => $body,
        ]));
    }
}
