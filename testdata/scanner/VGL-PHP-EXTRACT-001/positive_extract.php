<?php
$is_admin = false;
extract($_POST); // vigil:expect VGL-PHP-EXTRACT-001
if ($is_admin) {
    echo "welcome, admin";
}
