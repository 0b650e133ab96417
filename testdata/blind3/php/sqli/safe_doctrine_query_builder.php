<?php

namespace App\Repository;

use Doctrine\ORM\EntityManagerInterface;
use Symfony\Component\HttpFoundation\Request;

class ProductSearch
{
    public function __construct(private EntityManagerInterface $em)
    {
    }

    public function fromRequest(Request $request): array
    {
        $qb = $this->em->createQueryBuilder()
            ->select('p')
            ->from('App\Entity\Product', 'p')
            ->where('p.brand = :brand')
            ->setParameter('brand', $request->query->get('brand', ''))
            ->orderBy('p.name', 'ASC');

        return $qb->getQuery()->getResult();
    }
}
