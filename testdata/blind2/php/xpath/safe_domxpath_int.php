<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$doc = new DOMDocument();
$doc->load('/var/app/data/products.xml');
$xp = new DOMXPath($doc);

$position = filter_var($_GET['pos'] ?? '1', FILTER_VALIDATE_INT, ['options' => ['min_range' => 1]]) ?: 1;
$nodes = $xp->query("//product[$position]/price");

echo $nodes->length ? $nodes->item(0)->textContent : 'n/a';
