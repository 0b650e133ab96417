<?php
$prefs = unserialize($_COOKIE['prefs']); // vigil:expect VGL-PHP-DESER-001
echo $prefs['theme'];
