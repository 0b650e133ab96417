<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$xml = file_get_contents('php://input');

$doc = new DOMDocument();
$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD); // LABEL: CWE-611

$orders = $doc->getElementsByTagName('order');
echo json_encode(['orders' => $orders->length]);
