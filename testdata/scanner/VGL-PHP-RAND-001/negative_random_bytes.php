<?php
$token = bin2hex(random_bytes(32));
$resetCode = random_int(100000, 999999);
$_SESSION['csrf'] = $token . $resetCode;
