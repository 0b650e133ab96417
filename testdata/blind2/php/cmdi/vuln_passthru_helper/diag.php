<?php
require_once __DIR__ . '/tools.php';

$iface = $_GET['iface'] ?? 'eth0';
header('Content-Type: text/plain');
show_interface($iface);
