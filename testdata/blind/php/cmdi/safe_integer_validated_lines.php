<?php
$lines = filter_input(INPUT_GET, 'lines', FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => 500]]);
if ($lines === false || $lines === null) {
    $lines = 50;
}
header('Content-Type: text/plain');
passthru('tail -n ' . $lines . ' /var/log/app/worker.log');
