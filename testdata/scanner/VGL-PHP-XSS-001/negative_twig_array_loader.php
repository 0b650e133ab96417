<?php
require __DIR__ . '/vendor/autoload.php';

// autoescape is on: {{ }} escapes; the one raw value is the application's own
$loader = new \Twig\Loader\ArrayLoader([
    'card' => '<div class="card"><h2>{{ title }}</h2><div class="bio">{{ bio }}</div>{{ badge|raw }}</div>',
]);
$twig = new \Twig\Environment($loader);

echo $twig->render('card', ['title' => $_GET['title'], 'bio' => $_POST['bio'], 'badge' => '<span class="new">new</span>']);
