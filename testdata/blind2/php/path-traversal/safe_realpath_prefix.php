<?php
$root = realpath('/var/app/templates');
$name = $_POST['template'] ?? 'default.txt';
$target = realpath($root . '/' . $name);

if ($target === false || strpos($target, $root . DIRECTORY_SEPARATOR) !== 0) {
    http_response_code(400);
    exit('invalid template');
}
file_put_contents($target, $_POST['content'] ?? '');
echo 'saved';
