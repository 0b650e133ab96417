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

        $rows = $this->connection->createQueryBuilder()
            ->select('feature', 'SUM(units) AS units')
            ->from('usage_events')
            ->where('tenant = :tenant')
            ->andWhere('month = :month')
            ->groupBy('feature')
            ->setParameter('tenant', $tenant)
            ->setParameter('month', $month)
            ->executeQuery()
            ->fetchAllAssociative();

        return new JsonResponse($rows);
    }
}
