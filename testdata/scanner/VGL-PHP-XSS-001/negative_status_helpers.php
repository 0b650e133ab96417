<?php
function remove_upload($name) {
    return unlink('/var/app/uploads/' . basename($name));
}
function store_note(string $text): int {
    return $text;
}
function is_known(string $v): bool {
    return $v;
}
$f = $_GET['file'];
echo remove_upload($f) ? 'removed' : 'failed';
echo remove_upload($f);
echo store_note($_POST['text']);
echo is_known($_GET['v']);
echo file_put_contents('/tmp/notes.txt', $_POST['body']);
