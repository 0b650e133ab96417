<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Process\Process;
use Symfony\Component\Routing\Annotation\Route;

class DnsLookupController
{
    #[Route('/tools/dns', methods: ['POST'])]
    public function lookup(Request $request): Response
    {
        $domain = filter_var($request->request->get('domain', ''), FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME);
        if ($domain === false || $domain === '') {
            return new Response('invalid domain', 400);
        }
        // An argv array: no shell is started, so the value is one argument.
        $process = new Process(['host', '-W', '2', $domain]);
        $process->run();

        return new Response($process->getOutput(), 200, ['Content-Type' => 'text/plain']);
    }
}
