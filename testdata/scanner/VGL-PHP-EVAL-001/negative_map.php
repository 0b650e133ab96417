<?php
function dispatch() {
    $handlers = ['list' => 'list_items', 'show' => 'show_item'];
    $action = $_REQUEST['action'] ?? 'list';
    $fn = $handlers['list'];
    if ($action === 'show') {
        $fn = $handlers['show'];
    }
    return call_user_func($fn, intval($_REQUEST['id']));
}
