<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$name = $_POST['template'] ?? 'default.txt';
$name = str_replace('../', '', $name);

$content = $_POST['content'] ?? '';
file_put_contents('/var/app/templates/' . $name, $content); // LABEL: CWE-22
echo 'saved';
