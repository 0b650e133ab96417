<?php
$xml = simplexml_load_file('books.xml');
$hits = $xml->xpath("//book[@id='{$_GET['id']}']"); // vigil:expect VGL-PHP-XPATH-001
