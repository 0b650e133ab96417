<?php
function legacy_params() {
    parse_str($_SERVER['QUERY_STRING']); // vigil:expect VGL-PHP-EXTRACT-001
    extract($_GET, EXTR_OVERWRITE); // vigil:expect VGL-PHP-EXTRACT-001
    return isset($page) ? $page : 'home';
}
