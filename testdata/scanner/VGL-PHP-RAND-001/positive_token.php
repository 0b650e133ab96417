<?php
$token = md5(uniqid()); // vigil:expect VGL-PHP-RAND-001
$_SESSION['csrf'] = $token;
