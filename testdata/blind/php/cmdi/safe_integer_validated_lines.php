<?php
declare(strict_types=1);

// Tail of the worker log for the ops dashboard.
require __DIR__ . '/../bootstrap.php';
require_admin();

$lines = filter_input(INPUT_GET, 'lines', FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => 500]]);
if ($lines === false || $lines === null) {
    $lines = 50;
}
header('Content-Type: text/plain');
passthru('tail -n ' . $lines . ' /var/log/app/worker.log');
