<?php

namespace App\Controller\Ops;

use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[IsGranted('ROLE_OPS')]
class DeployController
{
    private const SCRIPT = '/srv/ops/bin/deploy.sh';

    #[Route('/ops/deploy/{branch}', methods: ['POST'], requirements: ['branch' => '[A-Za-z0-9._\/-]+'])]
    public function deploy(string $branch): Response
    {
        $output = [];
        \exec(self::SCRIPT . ' --branch ' . \escapeshellarg($branch) . ' 2>&1', $output, $code);

        return new Response(implode("\n", $output), $code === 0 ? 200 : 500, ['Content-Type' => 'text/plain']);
    }
}
