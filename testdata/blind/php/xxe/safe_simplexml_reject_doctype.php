<?php
declare(strict_types=1);

function parse_feed(string $content): ?SimpleXMLElement
{
    // Feeds never need a DTD: refuse any document that declares one.
    if (stripos($content, '<!DOCTYPE') !== false || stripos($content, '<!ENTITY') !== false) {
        return null;
    }
    $feed = simplexml_load_string($content, SimpleXMLElement::class, LIBXML_NONET);
    return $feed === false ? null : $feed;
}

$feed = parse_feed($_POST['feed'] ?? '');
echo $feed === null ? 'rejected' : count($feed->product) . ' products';
