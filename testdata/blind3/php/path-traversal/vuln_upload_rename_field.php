<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

class AvatarController
{
    private const DIR = '/var/www/public/avatars';

    #[Route('/avatar', methods: ['POST'])]
    public function upload(Request $request): JsonResponse
    {
        $file = $request->files->get('avatar');
        if ($file === null || !$file->isValid()) {
            return new JsonResponse(['error' => 'no file'], 400);
        }
        $name = $request->request->get('filename') ?: $file->getClientOriginalName();
        file_put_contents(self::DIR . '/' . $name, $file->getContent()); // LABEL: CWE-22

        return new JsonResponse(['avatar' => '/avatars/' . rawurlencode($name)], 201);
    }
}
