<?php
$doc = new DOMDocument();
$doc->loadXML($_POST['xml'], LIBXML_NONET);
$xml = simplexml_load_string(file_get_contents('php://input'));
