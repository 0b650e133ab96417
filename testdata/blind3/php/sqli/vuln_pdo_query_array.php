<?php

require __DIR__ . '/../bootstrap.php';

/** @var PDO $pdo */
$pdo = app_pdo();

$filters = [];
foreach (['city', 'country'] as $field) {
    if (!empty($_POST[$field])) {
        $filters[] = "$field = '" . trim($_POST[$field]) . "'";
    }
}

$sql = 'SELECT id, name FROM venues';
if ($filters) {
    $sql .= ' WHERE ' . implode(' AND ', $filters);
}

$stmt = $pdo->query($sql); // LABEL: CWE-89
header('Content-Type: application/json');
echo json_encode($stmt->fetchAll(PDO::FETCH_ASSOC));
