<?php
if (isset($_FILES['backup'])) {
    $raw = file_get_contents($_FILES['backup']['tmp_name']);
    $state = unserialize($raw, ['allowed_classes' => false]);
    $json = json_decode($raw, true);
    move_uploaded_file($_FILES['backup']['tmp_name'], '/var/app/backups/' . bin2hex(random_bytes(8)));
}
