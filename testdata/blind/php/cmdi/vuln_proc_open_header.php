<?php
// Converts an uploaded document with the format named in a header.
$format = $_SERVER['HTTP_X_TARGET_FORMAT'] ?? 'pdf';
$descriptors = [1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
$proc = proc_open('soffice --headless --convert-to ' . $format . ' /tmp/upload.docx', $descriptors, $pipes); // LABEL: CWE-78
if (is_resource($proc)) {
    echo stream_get_contents($pipes[1]);
    proc_close($proc);
}
