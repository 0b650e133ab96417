<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Process\Process;

class DnsController
{
    public function lookup(Request $request): Response
    {
        $domain = $request->query->get('domain', 'example.com');
        $process = new Process(['dig', '+short', $domain]);
        $process->run();

        return new Response($process->getOutput(), 200, ['Content-Type' => 'text/plain']);
    }
}
