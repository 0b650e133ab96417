<?php
$canonical = file_get_contents('keys/' . sha1($_GET['k']) . '.txt');
$hub = file_get_contents('feeds/' . md5($canonical) . '/hub.json');
echo strlen($hub);
