<?php
session_start();
function remember_filter(): void
{
    $_SESSION['filter'] = $_GET['filter']; // vigil:expect VGL-PHP-TRUST-001
}
$allowed = ['a', 'b'];
$plan = $_POST['plan'];
if ($plan !== '') {
    $_SESSION['plan'] = $plan; // vigil:expect VGL-PHP-TRUST-001
}
