<?php
$loader = new \Twig\Loader\ArrayLoader([]);
$twig = new \Twig\Environment($loader);
$tpl = $twig->createTemplate($_POST['body']); // vigil:expect VGL-PHP-SSTI-001
echo $tpl->render([]);
