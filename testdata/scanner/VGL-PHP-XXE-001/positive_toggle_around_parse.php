<?php

function importFeed(string $xml): \DOMDocument
{
    $previous = libxml_disable_entity_loader(false); // vigil:expect VGL-PHP-XXE-001
    $dom = new \DOMDocument();
    $dom->loadXML($xml);
    libxml_disable_entity_loader($previous);

    return $dom;
}
