<p>Results for <?= $query ?></p> <!-- vigil:expect VGL-PHP-XSS-001 -->
<p>Count: <?= count($rows ?? []) ?></p>
