<?php
// Language packs: /lang.php?pack=de/common.json
$pack = $_GET['pack'] ?? 'en/common.json';
$pack = str_replace('../', '', $pack);
header('Content-Type: application/json');
echo file_get_contents(__DIR__ . '/lang/' . $pack); // LABEL: CWE-22
