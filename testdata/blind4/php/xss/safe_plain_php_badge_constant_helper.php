<?php
require __DIR__ . '/../bootstrap.php';

function status_badge(string $status): string
{
    $badges = [
        'active' => '<span class="badge green">Active</span>',
        'paused' => '<span class="badge amber">Paused</span>',
    ];
    return $badges[$status] ?? '<span class="badge grey">Unknown</span>';
}

function h(?string $value): string
{
    return htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

$name = $_GET['name'] ?? '';
if ($name === '') {
    $name = 'Unnamed campaign';
}
$status = $_GET['status'] ?? 'active';

echo '<h1>' . h($name) . ' ' . status_badge($status) . '</h1>';
echo '<p>Filtered by status: ' . h($status) . '</p>';
