<?php
$delay = mt_rand(100, 500);
$color = array_rand(['red' => 1, 'blue' => 2]);
usleep($delay * 1000);
echo $color;
