<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

require_once __DIR__ . '/tools.php';

$iface = $_GET['iface'] ?? 'eth0';
header('Content-Type: text/plain');
show_interface($iface);
