<?php
require __DIR__ . '/vendor/autoload.php';

use Twig\Environment;
use Twig\Loader\ArrayLoader;

// Custom greeting saved by the shop owner, shown on the storefront.
$greeting = $_POST['greeting'] ?? 'Hello {{ name }}!';
$twig = new Environment(new ArrayLoader(['greeting' => $greeting]));
echo $twig->render('greeting', ['name' => 'visitor']); // LABEL: CWE-1336
