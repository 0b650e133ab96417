<?php
// Reads the sitemap that ships with the application, with entity substitution on;
// the file is part of the release and never comes from a request.
$doc = new DOMDocument();
$doc->load(__DIR__ . '/../resources/sitemap.xml', LIBXML_NOENT);
$urls = [];
foreach ($doc->getElementsByTagName('loc') as $loc) {
    $urls[] = $loc->textContent;
}
header('Content-Type: application/json');
echo json_encode($urls);
