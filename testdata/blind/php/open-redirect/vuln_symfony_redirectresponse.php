<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class LinkTrackerController
{
    #[Route('/out')]
    public function out(Request $request): RedirectResponse
    {
        $to = $request->query->get('to', '/');
        error_log('outbound click: ' . $to);

        return new RedirectResponse($to); // LABEL: CWE-601
    }
}
