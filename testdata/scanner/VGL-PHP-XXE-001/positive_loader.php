<?php
libxml_disable_entity_loader(false); // vigil:expect VGL-PHP-XXE-001
$xml = simplexml_load_string(file_get_contents('php://input'), 'SimpleXMLElement', LIBXML_NOENT); // vigil:expect VGL-PHP-XXE-001
