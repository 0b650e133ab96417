<?php
$q = $_GET['q'];
echo '<div class="q">' . json_encode($q) . '</div>'; // vigil:expect VGL-PHP-XSS-001
function label(string $v): string {
    return '<b>' . $v . '</b>';
}
echo label($_GET['l']); // vigil:expect VGL-PHP-XSS-001
