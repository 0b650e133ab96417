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
        $name = bin2hex(random_bytes(16)) . '.' . $file->guessExtension();
        $file->move(self::DIR, $name);

        return new JsonResponse(['avatar' => '/avatars/' . $name], 201);
    }
}
