<?php
// The same fetches are SSRF: the user picks the host.
$feedUrl = $_GET['feed'];
$xml = file_get_contents($feedUrl); // vigil:expect VGL-PHP-SSRF-001
$preview = file_get_contents($_POST['image_url']); // vigil:expect VGL-PHP-SSRF-001
echo strlen($xml) + strlen($preview);
