<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;

class NoteController
{
    private const NOTES_DIR = '/var/app/notes';

    #[Route('/notes/{name}', methods: ['PUT'])]
    public function save(Request $request, string $name): Response
    {
        $payload = json_decode($request->getContent(), true) ?? [];
        $dir = $payload['folder'] ?? 'inbox';
        file_put_contents(self::NOTES_DIR . "/{$dir}/{$name}.txt", $payload['text'] ?? ''); // LABEL: CWE-22

        return new Response('', 204);
    }
}
