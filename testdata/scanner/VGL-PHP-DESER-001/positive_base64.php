<?php
function restore($request) {
    $blob = base64_decode($request->input('state'));
    $state = unserialize($blob); // vigil:expect VGL-PHP-DESER-001
    return $state;
}
