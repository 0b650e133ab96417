<?php

final class ListingQuery
{
    private string $sort = 'created_at';
    private int $limit = 20;

    public function setSort(string $sort): void
    {
        $this->sort = $sort;
    }

    public function getSort(): string
    {
        return $this->sort;
    }

    public function setLimit(int $limit): void
    {
        $this->limit = max(1, min($limit, 100));
    }

    public function toSql(): string
    {
        return 'SELECT id, title, price FROM listings WHERE published = 1 ORDER BY ' . $this->getSort() . ' LIMIT ' . $this->limit;
    }
}

$query = new ListingQuery();
if (isset($_GET['sort'])) {
    $query->setSort($_GET['sort']);
}
$query->setLimit((int) ($_GET['limit'] ?? 20));

$mysqli = new mysqli('localhost', 'shop', getenv('DB_PASSWORD'), 'shop');
$result = $mysqli->query($query->toSql()); // LABEL: CWE-89
header('Content-Type: application/json');
echo json_encode($result->fetch_all(MYSQLI_ASSOC));
