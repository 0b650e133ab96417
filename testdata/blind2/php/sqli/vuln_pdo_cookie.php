<?php
$pdo = new PDO('pgsql:host=db;dbname=crm', 'crm', getenv('CRM_DB_PASSWORD'));

$owner = $_COOKIE['owner'] ?? 'nobody';
$sql = sprintf("SELECT id, company FROM leads WHERE owner = '%s'", $owner);
$stmt = $pdo->query($sql); // LABEL: CWE-89

foreach ($stmt as $lead) {
    echo htmlspecialchars($lead['company']), "\n";
}
