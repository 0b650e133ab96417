<?php
$doc = new DOMDocument();
$xpath = new DOMXPath($doc);
$nodes = $xpath->query("//book/title");
$q = $_GET['q'];
foreach ($nodes as $n) { if (str_contains($n->textContent, $q)) { echo "hit"; } }
