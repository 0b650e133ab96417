<?php

final class ListingQuery
{
    private const SORTS = ['newest' => 'created_at DESC', 'cheapest' => 'price ASC', 'title' => 'title ASC'];
    private string $sort = 'created_at DESC';
    private string $city = '';

    public function setSort(string $key): void
    {
        $this->sort = self::SORTS[$key] ?? 'created_at DESC';
    }

    public function setCity(string $city): void
    {
        $this->city = $city;
    }

    public function run(mysqli $db): array
    {
        $stmt = $db->prepare('SELECT id, title, price FROM listings WHERE published = 1 AND city = ? ORDER BY ' . $this->sort . ' LIMIT 50');
        $stmt->bind_param('s', $this->city);
        $stmt->execute();
        return $stmt->get_result()->fetch_all(MYSQLI_ASSOC);
    }
}

$query = new ListingQuery();
$query->setSort($_GET['sort'] ?? 'newest');
$query->setCity($_GET['city'] ?? 'Berlin');

$mysqli = new mysqli('localhost', 'shop', getenv('DB_PASSWORD'), 'shop');
header('Content-Type: application/json');
echo json_encode($query->run($mysqli));
