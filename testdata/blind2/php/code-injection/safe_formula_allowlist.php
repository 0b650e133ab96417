<?php
$formulas = [
    'gross' => fn(float $p, int $q): float => $p * $q * 1.19,
    'net' => fn(float $p, int $q): float => $p * $q,
];
$name = $_POST['formula'] ?? 'net';
$fn = $formulas[$name] ?? $formulas['net'];

header('Content-Type: application/json');
echo json_encode(['total' => $fn(19.99, 3)]);
