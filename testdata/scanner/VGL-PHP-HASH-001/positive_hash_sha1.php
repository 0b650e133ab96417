<?php
function check($row) {
    $given = hash('sha1', $row['salt'] . $_POST['password']); // vigil:expect VGL-PHP-HASH-001
    return hash_equals($row['pw'], $given) || $row['legacy'] === sha1($_POST['pwd']); // vigil:expect VGL-PHP-HASH-001
}
