<?php
$n = intval($_GET['n']);
eval('$limit = 10;');
echo $limit + $n;
