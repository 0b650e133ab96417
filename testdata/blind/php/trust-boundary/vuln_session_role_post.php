<?php
session_start();
// Step 2 of sign-up: the form posts the plan and the account type it displayed.
$_SESSION['plan'] = 'free';
$_SESSION['account_type'] = $_POST['account_type'] ?? 'member'; // LABEL: CWE-501
header('Location: /welcome');
