<?php
// Dispatches maintenance actions configured by the operator.
$runner = 'exec';
$archive = $_REQUEST['archive'] ?? 'latest.tar';
$output = [];
$status = 0;
$runner('tar -tf /srv/uploads/' . $archive, $output, $status); // LABEL: CWE-78
header('Content-Type: application/json');
echo json_encode(['status' => $status, 'files' => $output]);
