<?php
function greeting($name) {
    return "<h1>Hello " . $name . "</h1>";
}

$name = $_GET['name'];
$html = greeting($name);
echo $html; // vigil:expect VGL-PHP-XSS-001
if (empty($_POST['token'])) {
    die("Missing token for " . $_POST['user']); // vigil:expect VGL-PHP-XSS-001
}
printf("<p>%s</p>", $request->input('comment')); // vigil:expect VGL-PHP-XSS-001
