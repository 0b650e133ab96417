<?php
declare(strict_types=1);

// /api/people.php?city=Berlin&role=admin : every query parameter becomes a filter.
$pdo = new PDO('pgsql:host=db;dbname=crm', 'crm', (string) getenv('CRM_DB_PASSWORD'));

$where = [];
$values = [];
foreach ($_GET as $column => $value) {
    $where[] = "{$column} = ?";
    $values[] = $value;
}
$sql = 'SELECT id, name FROM people' . ($where ? ' WHERE ' . implode(' AND ', $where) : '');
$stmt = $pdo->prepare($sql); // LABEL: CWE-89
$stmt->execute($values);
header('Content-Type: application/json');
echo json_encode($stmt->fetchAll(PDO::FETCH_ASSOC));
