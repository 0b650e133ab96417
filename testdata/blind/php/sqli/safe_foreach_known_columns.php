<?php
declare(strict_types=1);

$pdo = new PDO('pgsql:host=db;dbname=crm', 'crm', (string) getenv('CRM_DB_PASSWORD'));
$filterable = ['city' => 'city', 'role' => 'role', 'team' => 'team_id'];

$where = [];
$values = [];
foreach ($filterable as $param => $column) {
    if (isset($_GET[$param]) && is_string($_GET[$param])) {
        $where[] = "{$column} = ?";
        $values[] = $_GET[$param];
    }
}
$sql = 'SELECT id, name FROM people' . ($where ? ' WHERE ' . implode(' AND ', $where) : '');
$stmt = $pdo->prepare($sql);
$stmt->execute($values);
header('Content-Type: application/json');
echo json_encode($stmt->fetchAll(PDO::FETCH_ASSOC));
