<?php

$teamId = $_POST['team_id'] ?? '';
$ok = $teams->isMember($_SESSION['user_id'], $teamId);
error_log("member: " . ($ok ? 'yes' : 'no'));
$_SESSION['team_id'] = $teamId; // vigil:expect VGL-PHP-TRUST-001
