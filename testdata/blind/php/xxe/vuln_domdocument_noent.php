<?php
// SOAP-ish endpoint for the warehouse scanners.
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}
$xml = file_get_contents('php://input');
$doc = new DOMDocument();
$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD); // LABEL: CWE-611
$sku = $doc->getElementsByTagName('sku')->item(0);
header('Content-Type: text/xml');
echo '<ack><sku>' . htmlspecialchars($sku ? $sku->textContent : '', ENT_XML1) . '</sku></ack>';
