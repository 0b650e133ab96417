<?php
// A name that is not a URL is a path: both read a file the user picks.
$template = $_GET['template'];
echo file_get_contents(__DIR__ . '/templates/' . $template); // vigil:expect VGL-PHP-PATH-001
$f = fopen($_GET['url'], 'r'); // vigil:expect VGL-PHP-PATH-001
echo fread($f, 100);
