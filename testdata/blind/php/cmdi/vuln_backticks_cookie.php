<?php
// Shows the disk usage of the project the user last opened.
$project = $_COOKIE['last_project'] ?? 'default';
$usage = `du -sh /srv/projects/$project`; // LABEL: CWE-78
echo '<pre>' . htmlspecialchars((string) $usage) . '</pre>';
