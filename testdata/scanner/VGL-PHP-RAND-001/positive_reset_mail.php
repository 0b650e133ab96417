<?php
function send_reset_code($email) {
    $code = mt_rand(100000, 999999); // vigil:expect VGL-PHP-RAND-001
    mail($email, "Your reset code", "Code: " . $code);
}

function generateCode() {
    return rand(1000, 9999); // vigil:expect VGL-PHP-RAND-001
}

function issueLoginPin($user) {
    $user->pin = generateCode();
    $user->save();
}
