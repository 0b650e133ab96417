<?php
$name = htmlspecialchars($_GET['name'], ENT_QUOTES, 'UTF-8');
$html = "<h1>Hello " . $name . "</h1>";
echo $html;
$page = intval($_GET['page']);
print "<p>Page $page</p>";
die("Missing token");
