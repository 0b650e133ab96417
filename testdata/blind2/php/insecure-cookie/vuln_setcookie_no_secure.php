<?php
$auth = bin2hex(random_bytes(24));
setcookie('auth', $auth, ['expires' => time() + 3600, 'path' => '/', 'httponly' => true, 'samesite' => 'Strict']); // LABEL: CWE-614
echo 'signed in';
