<?php
function db(): PDO
{
    $host = getenv('REPORTS_DB_HOST');
    if ($host === false || $host === '') {
        $host = 'localhost';
    }
    $password = getenv('REPORTS_DB_PASSWORD');
    if ($password === false) {
        throw new RuntimeException('REPORTS_DB_PASSWORD is not set');
    }
    return new PDO("mysql:host={$host};dbname=reports", 'reporter', $password);
}

echo json_encode(db()->query('SELECT 1')->fetchAll());
