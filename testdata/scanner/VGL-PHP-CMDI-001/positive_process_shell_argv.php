<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Process\Process;

class ThumbnailController
{
    public function resize(Request $request): Response
    {
        $size = $request->request->get('size');
        // an argument vector, but one that starts a shell: its -c element is a command line
        $process = new Process(['sh', '-c', 'convert upload.png -resize ' . $size . ' thumb.png']);
        $process->mustRun(); // vigil:expect VGL-PHP-CMDI-001 (reported where the process runs)
        return new Response('ok');
    }
}
