<?php
// Order confirmation page: the view reads $customerNote and $orderId.
session_start();
if (empty($_SESSION['uid'])) {
    header('Location: /login');
    exit;
}
$orderId = (int) ($_GET['order'] ?? 0);
$customerNote = $_GET['note'] ?? '';
if ($customerNote === '') {
    $customerNote = 'No note';
}
require __DIR__ . '/confirmation.view.php';
