<?php
use Twig\Environment;
use Twig\Loader\ArrayLoader;

$source = $_POST['template'] ?? 'Hello';
$loader = new ArrayLoader(['greeting' => $source]); // vigil:expect VGL-PHP-SSTI-001
$twig = new Environment($loader);
echo $twig->render('greeting', ['name' => 'x']);
