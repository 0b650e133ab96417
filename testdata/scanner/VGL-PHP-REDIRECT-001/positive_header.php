<?php
$next = $_GET['next'];
header("Location: " . $next); // vigil:expect VGL-PHP-REDIRECT-001
exit;
