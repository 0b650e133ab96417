<?php

// A membership check with an early exit verifies the team before it is kept.
$teamId = $_POST['team_id'] ?? '';
if (!$teams->isMember($_SESSION['user_id'], $teamId)) {
    http_response_code(403);
    exit;
}
$_SESSION['team_id'] = $teamId;
