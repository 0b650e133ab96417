<?php
// libxml2 2.9+ does not load external entities unless LIBXML_NOENT asks for it;
// LIBXML_NONET also forbids any network access while parsing.
$xml = file_get_contents('php://input');
$doc = new DOMDocument();
if (!$doc->loadXML($xml, LIBXML_NONET)) {
    http_response_code(400);
    exit;
}
$sku = $doc->getElementsByTagName('sku')->item(0);
echo htmlspecialchars($sku ? $sku->textContent : '', ENT_QUOTES);
