<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Twig\Environment;
use Twig\Loader\ArrayLoader;

class CommentPreviewController extends AbstractController
{
    private Environment $twig;

    public function __construct()
    {
        $this->twig = new Environment(new ArrayLoader([
            'comment.html' => '<div class="comment"><b>{{ author }}</b>: {{ body|nl2br }}</div>',
        ]), ['autoescape' => 'html']);
    }

    #[Route('/comments/preview', methods: ['POST'])]
    public function preview(Request $request): Response
    {
        return new Response($this->twig->render('comment.html', [
            'author' => $request->request->get('author', 'guest'),
            'body' => $request->request->get('body', ''),
        ]));
    }
}
