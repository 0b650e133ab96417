<?php
declare(strict_types=1);

namespace Shop;

use PDO;

final class ProductRepository
{
    public function __construct(private PDO $pdo)
    {
    }

    /** @return list<array<string, mixed>> */
    public function byCategory(string $category, int $limit): array
    {
        $sql = "SELECT id, name, price FROM products WHERE category = '" . $category . "' LIMIT " . $limit;
        return $this->pdo->query($sql)->fetchAll(PDO::FETCH_ASSOC); // LABEL: CWE-89
    }
}
