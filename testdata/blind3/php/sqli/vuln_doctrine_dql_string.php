<?php

namespace App\Repository;

use App\Entity\Product;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Component\HttpFoundation\Request;

class ProductSearch
{
    public function __construct(private EntityManagerInterface $em)
    {
    }

    public function fromRequest(Request $request): array
    {
        $brand = $request->query->get('brand', '');
        $dql = "SELECT p FROM App\\Entity\\Product p WHERE p.brand = '" . $brand . "' ORDER BY p.name ASC";

        return $this->em->createQuery($dql)->getResult(); // LABEL: CWE-89, CWE-564
    }

    public function count(): int
    {
        return $this->em->getRepository(Product::class)->count([]);
    }
}
