<?php
require __DIR__ . '/../bootstrap.php';

session_start();
$uid = check_credentials($_POST['email'] ?? '', $_POST['password'] ?? '');
if ($uid === null) {
    http_response_code(401);
    exit('Invalid credentials');
}
session_regenerate_id(true);
$_SESSION['uid'] = $uid;
$return = $_GET['return'] ?? '/account';
header('Location: ' . $return); // LABEL: CWE-601
exit;
