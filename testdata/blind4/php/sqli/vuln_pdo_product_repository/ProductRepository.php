<?php

final class ProductRepository
{
    public function __construct(private PDO $pdo, private array $criteria)
    {
    }

    private function conditions(): array
    {
        $where = ['active = 1'];
        if ($this->criteria['max_price'] !== '') {
            $where[] = 'price <= ' . (float) $this->criteria['max_price'];
        }
        if ($this->criteria['category'] !== '') {
            $where[] = "category = '" . $this->criteria['category'] . "'";
        }
        return $where;
    }

    public function find(): array
    {
        $sql = 'SELECT id, name, price FROM products WHERE ' . implode(' AND ', $this->conditions()) . ' ORDER BY name';
        return $this->pdo->query($sql)->fetchAll(PDO::FETCH_ASSOC); // LABEL: CWE-89
    }
}
