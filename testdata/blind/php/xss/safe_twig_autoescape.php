<?php
require __DIR__ . '/vendor/autoload.php';

use Twig\Environment;
use Twig\Loader\FilesystemLoader;

// Twig escapes every {{ variable }} for HTML unless a template opts out.
$twig = new Environment(new FilesystemLoader(__DIR__ . '/templates'), ['autoescape' => 'html']);
echo $twig->render('profile.html.twig', [
    'bio'  => $_POST['bio'] ?? '',
    'name' => $_POST['name'] ?? '',
]);
