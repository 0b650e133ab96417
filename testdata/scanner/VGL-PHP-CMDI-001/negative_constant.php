<?php
function uptime() {
    $who = $_GET['who'];
    error_log("uptime requested by " . $who);
    return shell_exec('uptime');
}
