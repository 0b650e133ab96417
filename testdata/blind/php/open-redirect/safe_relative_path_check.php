<?php
session_start();
$_SESSION['uid'] = 42;

$return = $_GET['return'] ?? '';
// Only a local absolute path: one leading slash, no "//", no backslash, no scheme.
if (!preg_match('~^/(?![/\\\\])[^\\\\\s]*$~', $return)) {
    $return = '/account';
}
header('Location: ' . $return);
exit;
