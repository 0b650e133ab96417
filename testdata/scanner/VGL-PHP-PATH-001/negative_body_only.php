<?php
$id = intval($_GET['id']);
file_put_contents("/var/app/notes/$id.txt", $_POST['body']);
echo file_get_contents(__DIR__ . '/templates/header.html');
