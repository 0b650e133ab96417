<?php
$prefs = unserialize($_COOKIE['prefs'], ['allowed_classes' => false]);
$cached = unserialize(file_get_contents('/var/cache/app/prefs.bin'));
echo count($prefs) + count($cached);
