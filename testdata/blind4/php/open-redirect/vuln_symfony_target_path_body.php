<?php

namespace App\Controller;

use App\Service\NewsletterSubscriber;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class NewsletterController
{
    public function __construct(private NewsletterSubscriber $subscriber)
    {
    }

    #[Route('/newsletter/subscribe', methods: ['POST'])]
    public function subscribe(Request $request): RedirectResponse
    {
        $this->subscriber->subscribe((string) $request->request->get('email'));

        $target = $request->request->get('_target_path');
        if ($target === null || $target === '') {
            $target = '/thanks';
        }

        return new RedirectResponse($target); // LABEL: CWE-601
    }
}
