<?php
// Shared bootstrap for the reporting scripts.
function db(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO('mysql:host=reports-db.internal;dbname=reports', 'reporter', 'r3p0rt!Ng-Pr0d-2023'); // LABEL: CWE-798
        $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
    }
    return $pdo;
}

$rows = db()->query('SELECT day, revenue FROM daily_revenue ORDER BY day DESC LIMIT 30')->fetchAll();
echo json_encode($rows);
