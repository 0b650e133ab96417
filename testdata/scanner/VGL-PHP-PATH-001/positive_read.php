<?php
$file = $_GET['file'];
readfile("/srv/files/" . $file); // vigil:expect VGL-PHP-PATH-001
