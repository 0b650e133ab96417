<?php
session_start();
// ... credentials were checked above ...
$_SESSION['uid'] = 42;
$return = $_GET['return'] ?? '/account';
header('Location: ' . $return); // LABEL: CWE-601
exit;
