<?php

namespace App\Controller\Ops;

use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

use function passthru as run_and_stream;

#[IsGranted('ROLE_OPS')]
class DeployController
{
    private const SCRIPT = '/srv/ops/bin/deploy.sh';

    #[Route('/ops/deploy/{branch}', methods: ['POST'], requirements: ['branch' => '.+'])]
    public function deploy(string $branch): Response
    {
        ob_start();
        run_and_stream(self::SCRIPT . ' --branch ' . $branch . ' 2>&1', $code); // LABEL: CWE-78
        $log = (string) ob_get_clean();

        return new Response($log, $code === 0 ? 200 : 500, ['Content-Type' => 'text/plain']);
    }
}
