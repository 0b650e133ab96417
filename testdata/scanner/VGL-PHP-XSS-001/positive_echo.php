<?php
echo "<h1>Hello " . $_GET['name'] . "</h1>"; // vigil:expect VGL-PHP-XSS-001
print "<p>" . $_POST['comment'] . "</p>"; // vigil:expect VGL-PHP-XSS-001
