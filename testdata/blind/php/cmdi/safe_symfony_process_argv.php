<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Process\Process;
use Symfony\Component\Routing\Annotation\Route;

class ThumbnailController
{
    #[Route('/thumbnails', methods: ['POST'])]
    public function create(Request $request): Response
    {
        $source = (string) $request->request->get('source', '');
        // An argv array: no shell is started, so the value is one argument.
        $process = new Process(['convert', '--', $source, '-thumbnail', '128x128', '/tmp/thumb.png']);
        $process->run();

        return new Response($process->isSuccessful() ? 'ok' : 'failed');
    }
}
