<?php
$doc = new DOMDocument();
$doc->loadXML($_POST['xml'], LIBXML_NOENT | LIBXML_DTDLOAD); // vigil:expect VGL-PHP-XXE-001
echo $doc->textContent;
