<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Process\Process;
use Symfony\Component\Routing\Attribute\Route;

class GitController
{
    #[Route('/repos/{name}/branches', methods: ['POST'])]
    public function createBranch(string $name, Request $request): JsonResponse
    {
        $payload = json_decode($request->getContent(), true) ?? [];
        $branch = $payload['branch'] ?? 'feature/new';
        $repo = '/srv/git/' . basename($name) . '.git';

        $process = Process::fromShellCommandline('git -C ' . $repo . ' branch ' . $branch . ' main');
        $process->run(); // LABEL: CWE-78

        return new JsonResponse(['ok' => $process->isSuccessful()]);
    }
}
