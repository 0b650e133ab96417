<?php
$sessionToken = uniqid('sess_', true); // LABEL: CWE-338
setcookie('app_session', $sessionToken, ['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
echo 'ok';
