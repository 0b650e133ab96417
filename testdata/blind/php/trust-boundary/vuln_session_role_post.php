<?php
require __DIR__ . '/../bootstrap.php';

session_start();
if (empty($_SESSION['signup_email'])) {
    header('Location: /signup');
    exit;
}
// Step 2 of sign-up: the form posts the plan and the account type it displayed.
$_SESSION['plan'] = 'free';
$_SESSION['account_type'] = $_POST['account_type'] ?? 'member'; // LABEL: CWE-501
header('Location: /welcome');
