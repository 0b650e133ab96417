<?php

namespace App\Controller;

use Doctrine\DBAL\Connection;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class UsageController
{
    public function __construct(private Connection $connection)
    {
    }

    #[Route('/api/usage', methods: ['GET'])]
    public function usage(Request $request): JsonResponse
    {
        $tenant = $request->headers->get('X-Tenant', 'default');
        $month = (int) $request->query->get('month', date('n'));

        $rows = $this->connection->executeQuery( // LABEL: CWE-89
            "SELECT feature, SUM(units) AS units FROM usage_events WHERE tenant = '$tenant' AND month = ? GROUP BY feature",
            [$month]
        )->fetchAllAssociative();

        return new JsonResponse($rows);
    }
}
