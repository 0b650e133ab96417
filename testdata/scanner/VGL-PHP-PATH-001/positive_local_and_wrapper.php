<?php
$name = $_GET['doc'];
echo file_get_contents('docs/' . $name); // vigil:expect VGL-PHP-PATH-001
$h = fopen($_POST['path'], 'r'); // vigil:expect VGL-PHP-PATH-001
$u = $_GET['src'];
$raw = file_get_contents($u); // vigil:expect VGL-PHP-PATH-001
