<?php
$sitemap = new DOMDocument();
$sitemap->load(__DIR__ . '/sitemap.xml', LIBXML_NOENT);
$conf = simplexml_load_file(dirname(__FILE__) . DIRECTORY_SEPARATOR . 'config.xml', 'SimpleXMLElement', LIBXML_NOENT);
$doc = new DOMDocument();
$doc->loadXML(file_get_contents(__DIR__ . '/data/defaults.xml'), LIBXML_NOENT | LIBXML_DTDLOAD);
