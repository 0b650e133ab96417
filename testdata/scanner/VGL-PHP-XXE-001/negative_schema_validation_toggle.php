<?php

function validateSchema(\DOMDocument $dom, string $source): bool
{
    if (\LIBXML_VERSION < 20900) {
        $disableEntities = libxml_disable_entity_loader(false);
        $valid = @$dom->schemaValidateSource($source);
        libxml_disable_entity_loader($disableEntities);
    } else {
        $valid = @$dom->schemaValidateSource($source);
    }

    return $valid;
}
