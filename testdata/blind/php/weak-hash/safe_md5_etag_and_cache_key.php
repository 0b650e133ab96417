<?php
// Serves a generated stylesheet with an ETag; md5 only detects changes.
$theme = preg_replace('/[^a-z0-9-]/', '', $_GET['theme'] ?? 'default');
$cacheKey = 'css:' . md5($theme);

$css = apcu_fetch($cacheKey);
if ($css === false) {
    $css = file_get_contents(__DIR__ . '/themes/' . $theme . '.css') ?: '';
    apcu_store($cacheKey, $css, 300);
}
$etag = '"' . md5($css) . '"';
header('ETag: ' . $etag);
if (($_SERVER['HTTP_IF_NONE_MATCH'] ?? '') === $etag) {
    http_response_code(304);
    exit;
}
header('Content-Type: text/css');
echo $css;
