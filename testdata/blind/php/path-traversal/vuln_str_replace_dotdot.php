<?php
// Language packs: /lang.php?pack=de/common.json
if ($_SERVER['REQUEST_METHOD'] !== 'GET') {
    http_response_code(405);
    exit;
}
header('Cache-Control: public, max-age=3600');

$pack = $_GET['pack'] ?? 'en/common.json';
$pack = str_replace('../', '', $pack);
header('Content-Type: application/json');
echo file_get_contents(__DIR__ . '/lang/' . $pack); // LABEL: CWE-22
