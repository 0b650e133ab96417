<?php
$host = $_GET['host'] ?? '127.0.0.1';
header('Content-Type: text/plain');
// escapeshellarg wraps the value in single quotes and escapes any quote inside it.
system('ping -c 3 -- ' . escapeshellarg($host));
