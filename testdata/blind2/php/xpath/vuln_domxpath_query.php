<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$doc = new DOMDocument();
$doc->load('/var/app/data/products.xml');
$xp = new DOMXPath($doc);

$code = $_GET['code'] ?? '';
$nodes = $xp->query("//product[code='" . $code . "']/price"); // LABEL: CWE-643

echo $nodes->length ? $nodes->item(0)->textContent : 'n/a';
