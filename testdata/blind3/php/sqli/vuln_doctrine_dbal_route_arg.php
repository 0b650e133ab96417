<?php

namespace App\Controller;

use Doctrine\DBAL\Connection;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Attribute\Route;

class ArticleController extends AbstractController
{
    public function __construct(private Connection $connection)
    {
    }

    #[Route('/blog/{category}', name: 'blog_category')]
    public function category(string $category): JsonResponse
    {
        $sql = sprintf("SELECT id, title, slug FROM article WHERE category = '%s' AND published = 1", $category);
        $articles = $this->connection->executeQuery($sql)->fetchAllAssociative(); // LABEL: CWE-89

        return $this->json(['category' => $category, 'articles' => $articles]);
    }
}
