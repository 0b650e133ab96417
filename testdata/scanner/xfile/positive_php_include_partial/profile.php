<?php
function show_profile()
{
    $name = $_GET['name']; // vigil:source
    $title = 'Profile';
    include 'views/profile.php';
}

$query = $_POST['q']; // vigil:source
require __DIR__ . '/views/results.php';
show_profile();
