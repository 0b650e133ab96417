<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

class ErrorPageController
{
    public function notFound(Request $request): Response
    {
        $path = $request->headers->get('referer', '/');
        return new Response('<h1>Not found</h1><p>You came from ' . $path . '</p>', 404); // LABEL: CWE-79
    }
}
