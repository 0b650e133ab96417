<?php
$doc = new DOMDocument();
$doc->load('users.xml');
$xpath = new DOMXPath($doc);
$name = $_POST['name'];
$nodes = $xpath->query("//user[name='" . $name . "']"); // vigil:expect VGL-PHP-XPATH-001
