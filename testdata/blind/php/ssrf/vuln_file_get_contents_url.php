<?php
// Link preview: fetches the page and extracts its <title>.
$url = $_GET['url'] ?? '';
if ($url === '') {
    http_response_code(400);
    exit('url required');
}
$html = @file_get_contents($url); // LABEL: CWE-918
$title = '';
if ($html !== false && preg_match('~<title>(.*?)</title>~is', $html, $m)) {
    $title = trim($m[1]);
}
header('Content-Type: application/json');
echo json_encode(['title' => $title]);
