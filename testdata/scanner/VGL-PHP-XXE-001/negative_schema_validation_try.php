<?php

function validateXliff(\DOMDocument $dom, string $schema): bool
{
    if ($shouldEnable = \LIBXML_VERSION < 20900) {
        $disableEntities = libxml_disable_entity_loader(false);
    }
    try {
        $isValid = @$dom->schemaValidateSource($schema);
    } finally {
        if ($shouldEnable) {
            libxml_disable_entity_loader($disableEntities);
        }
    }

    return $isValid;
}
