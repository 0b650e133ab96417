<?php
require __DIR__ . '/vendor/autoload.php';

$loader = new \Twig\Loader\ArrayLoader([
    'card' => '<div class="card"><h2>{{ title }}</h2><div class="bio">{{ bio|raw }}</div></div>',
]);
$twig = new \Twig\Environment($loader);

echo $twig->render('card', ['title' => $_GET['title'], 'bio' => $_POST['bio']]); // vigil:expect VGL-PHP-XSS-001
