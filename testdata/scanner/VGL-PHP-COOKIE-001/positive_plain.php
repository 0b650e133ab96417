<?php
$sid = bin2hex(random_bytes(16));
setcookie("session", $sid, time() + 3600, "/"); // vigil:expect VGL-PHP-COOKIE-001
