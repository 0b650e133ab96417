<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

session_start();
$_SESSION['logged_in'] = true;

$back = $_GET['back'] ?? '/account';
header('Location: ' . $back); // LABEL: CWE-601
exit;
