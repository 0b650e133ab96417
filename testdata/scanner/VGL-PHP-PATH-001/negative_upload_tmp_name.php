<?php
function import_upload() {
    $file = $_FILES['file'];
    $data = file_get_contents($_FILES['file']['tmp_name']);
    move_uploaded_file($file['tmp_name'], '/var/app/imports/' . bin2hex(random_bytes(8)));
    return strlen($data);
}
