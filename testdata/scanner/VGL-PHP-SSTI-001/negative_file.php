<?php
$loader = new \Twig\Loader\FilesystemLoader('templates');
$twig = new \Twig\Environment($loader);
echo $twig->render('hello.twig', ['name' => $_GET['name']]);
