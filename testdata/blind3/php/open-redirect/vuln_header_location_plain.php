<?php

require __DIR__ . '/../bootstrap.php';

$campaign = $_GET['c'] ?? 'none';
$destination = $_GET['u'] ?? '/';

$log = fopen(__DIR__ . '/../var/clicks.log', 'a');
fwrite($log, date('c') . "\t" . preg_replace('/[^a-z0-9_-]/i', '', $campaign) . "\n");
fclose($log);

header('Location: ' . $destination, true, 302); // LABEL: CWE-601
exit;
