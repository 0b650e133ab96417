<?php

final class ProductRepository
{
    public function __construct(private PDO $pdo, private array $criteria)
    {
    }

    public function find(): array
    {
        $where = ['active = 1'];
        $params = [];
        if (($this->criteria['max_price'] ?? '') !== '') {
            $where[] = 'price <= ' . (float) $this->criteria['max_price'];
        }
        if (($this->criteria['category'] ?? '') !== '') {
            $where[] = 'category = ?';
            $params[] = $this->criteria['category'];
        }
        $stmt = $this->pdo->prepare('SELECT id, name, price FROM products WHERE ' . implode(' AND ', $where) . ' ORDER BY name');
        $stmt->execute($params);
        return $stmt->fetchAll(PDO::FETCH_ASSOC);
    }
}

$repo = new ProductRepository($pdo, ['category' => $_GET['category'] ?? '', 'max_price' => $_GET['max_price'] ?? '']);
header('Content-Type: application/json');
echo json_encode($repo->find());
