<?php
// A URL from the user fetched with file_get_contents: server-side request forgery
// (VGL-PHP-SSRF-001), not a path into the file system.
$feedUrl = $_GET['feed'];
$xml = file_get_contents($feedUrl);
$preview = file_get_contents($_POST['image_url']);
echo strlen($xml) + strlen($preview);
