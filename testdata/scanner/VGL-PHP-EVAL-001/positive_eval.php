<?php
$expr = $_GET['expr'];
eval('$result = ' . $expr . ';'); // vigil:expect VGL-PHP-EVAL-001
echo $result;
