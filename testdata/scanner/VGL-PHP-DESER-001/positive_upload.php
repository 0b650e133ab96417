<?php
if (isset($_FILES['backup'])) {
    $state = unserialize(file_get_contents($_FILES['backup']['tmp_name'])); // vigil:expect VGL-PHP-DESER-001
}
