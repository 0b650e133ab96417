<?php
declare(strict_types=1);

// Shows the disk usage of the project the user last opened.
session_start();
if (empty($_SESSION['uid'])) {
    http_response_code(401);
    exit;
}
$project = $_COOKIE['last_project'] ?? 'default';
$usage = `du -sh /srv/projects/$project`; // LABEL: CWE-78
echo '<pre>' . htmlspecialchars((string) $usage) . '</pre>';
