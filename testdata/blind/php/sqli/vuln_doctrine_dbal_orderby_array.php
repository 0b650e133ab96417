<?php

namespace App\Controller;

use Doctrine\DBAL\Connection;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class ArticleListController
{
    public function __construct(private Connection $connection)
    {
    }

    #[Route('/api/articles', methods: ['GET'])]
    public function list(Request $request): JsonResponse
    {
        $options = ['order' => 'published_at', 'dir' => 'DESC'];
        $options = array_merge($options, $request->query->all());
        $sql = sprintf('SELECT id, title FROM articles ORDER BY %s %s', $options['order'], $options['dir']);
        $rows = $this->connection->fetchAllAssociative($sql); // LABEL: CWE-89

        return new JsonResponse($rows);
    }
}
