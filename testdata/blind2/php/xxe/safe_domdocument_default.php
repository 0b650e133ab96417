<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$xml = file_get_contents('php://input');

$doc = new DOMDocument();
$doc->loadXML($xml, LIBXML_NONET);

$orders = $doc->getElementsByTagName('order');
echo json_encode(['orders' => $orders->length]);
