<?php
$doc = new DOMDocument();
$xpath = new DOMXPath($doc);
$n = intval($_GET['n']);
$nodes = $xpath->query("//book[" . $n . "]");
