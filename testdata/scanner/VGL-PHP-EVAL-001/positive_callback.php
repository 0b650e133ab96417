<?php
function dispatch() {
    $action = $_REQUEST['action'];
    return call_user_func($action, $_REQUEST); // vigil:expect VGL-PHP-EVAL-001
}

function check() {
    assert("strlen('" . $_GET['v'] . "') > 0"); // vigil:expect VGL-PHP-EVAL-001
}
