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
        if (!preg_match('#^[A-Za-z0-9._/-]{1,100}$#', $branch) || str_starts_with($branch, '-')) {
            return new JsonResponse(['error' => 'bad branch'], 400);
        }
        $repo = '/srv/git/' . basename($name) . '.git';

        $process = new Process(['git', '-C', $repo, 'branch', $branch, 'main']);
        $process->run();

        return new JsonResponse(['ok' => $process->isSuccessful()]);
    }
}
