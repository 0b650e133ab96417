<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$image = $_GET['image'] ?? '';
$data = file_get_contents($image); // LABEL: CWE-918

header('Content-Type: image/png');
echo $data;
