<?php
use Twig\Environment;
use Twig\Loader\ArrayLoader;

$loader = new ArrayLoader(['greeting' => 'Hello {{ name }}!']);
$twig = new Environment($loader);
echo $twig->render('greeting', ['name' => $_GET['name'] ?? 'world']);
