<?php
// file inclusion is VGL-PHP-INCLUDE-001 (CWE-98), not eval
$page = $_GET['page'];
include 'pages/' . $page . '.php';
require_once $_POST['module'];
$handlers = ['a' => 'strtoupper', 'b' => 'strtolower'];
$fn = $handlers[$_GET['h']] ?? 'trim';
echo htmlspecialchars(call_user_func($fn, 'Text'));
