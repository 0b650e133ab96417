<?php
declare(strict_types=1);

// Lists the content of an uploaded archive. The runner is configurable
// so tests can swap it; production always uses exec.
$runner = 'exec';
$archive = $_REQUEST['archive'] ?? 'latest.tar';
$output = [];
$status = 0;
$runner('tar -tf /srv/uploads/' . $archive, $output, $status); // LABEL: CWE-78
header('Content-Type: application/json');
echo json_encode(['status' => $status, 'files' => $output]);
