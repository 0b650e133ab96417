<?php
function show_profile()
{
    $name = htmlspecialchars($_GET['name'], ENT_QUOTES, 'UTF-8');
    $title = $_GET['title'];
    include 'views/profile.php';
}

$query = $_POST['q'];
$heading = 'Search';
require __DIR__ . '/views/results.php';
show_profile();
