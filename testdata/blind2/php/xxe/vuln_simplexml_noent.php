<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$upload = $_FILES['feed']['tmp_name'] ?? null;
if ($upload === null) {
    http_response_code(400);
    exit;
}
$feed = simplexml_load_file($upload, 'SimpleXMLElement', LIBXML_NOENT); // LABEL: CWE-611
echo count($feed->channel->item) . ' items imported';
