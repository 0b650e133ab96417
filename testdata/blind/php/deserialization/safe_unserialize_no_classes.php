<?php
// Old cookie format still read during the migration. allowed_classes => false
// turns any object into __PHP_Incomplete_Class, so no magic method ever runs.
$prefs = ['theme' => 'light'];
if (isset($_COOKIE['prefs'])) {
    $value = unserialize($_COOKIE['prefs'], ['allowed_classes' => false, 'max_depth' => 2]);
    if (is_array($value)) {
        $prefs = array_merge($prefs, array_filter($value, 'is_string'));
    }
}
echo json_encode($prefs);
