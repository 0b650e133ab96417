<?php
declare(strict_types=1);

// Converts an uploaded document with the format named in a header.
$format = $_SERVER['HTTP_X_TARGET_FORMAT'] ?? 'pdf';
$descriptors = [1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
$pipes = [];
$proc = proc_open('soffice --headless --convert-to ' . $format . ' /tmp/upload.docx', $descriptors, $pipes); // LABEL: CWE-78
if (is_resource($proc)) {
    header('Content-Type: text/plain');
    echo stream_get_contents($pipes[1]);
    proc_close($proc);
}
