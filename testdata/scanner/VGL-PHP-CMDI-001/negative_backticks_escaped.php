<?php
$dir = escapeshellarg($_GET['dir']);
$listing = `ls -la $dir`;
$uptime = `uptime`;
echo htmlspecialchars($listing . $uptime);
