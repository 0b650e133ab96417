<?php
session_start();
$_SESSION['role'] = $_POST['role']; // vigil:expect VGL-PHP-TRUST-001
