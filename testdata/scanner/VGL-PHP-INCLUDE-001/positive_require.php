<?php
function render_theme() {
    require_once __DIR__ . '/themes/' . $_COOKIE['theme'] . '/layout.php'; // vigil:expect VGL-PHP-INCLUDE-001
}
