<?php
function db(): PDO
{
    $password = getenv('REPORTS_DB_PASSWORD');
    if ($password === false) {
        $password = '';
    }
    return new PDO('mysql:host=reports-db.internal;dbname=reports', 'reporter', $password);
}

echo json_encode(db()->query('SELECT 1')->fetchAll());
