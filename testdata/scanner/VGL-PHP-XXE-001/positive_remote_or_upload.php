<?php
$doc = new DOMDocument();
$doc->load('https://feeds.example.com/' . $_GET['feed'], LIBXML_NOENT); // vigil:expect VGL-PHP-XXE-001
$up = simplexml_load_file($_FILES['xml']['tmp_name'], 'SimpleXMLElement', LIBXML_NOENT); // vigil:expect VGL-PHP-XXE-001
$x = new SimpleXMLElement($_POST['x'], LIBXML_NOENT); // vigil:expect VGL-PHP-XXE-001
