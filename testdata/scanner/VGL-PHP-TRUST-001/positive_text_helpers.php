<?php

$_SESSION['next'] = trim($_GET['next']); // vigil:expect VGL-PHP-TRUST-001
$_SESSION['name'] = strtolower(substr($_POST['name'], 0, 20)); // vigil:expect VGL-PHP-TRUST-001
$_SESSION['back'] = urldecode($_GET['back']); // vigil:expect VGL-PHP-TRUST-001
