<?php
function cache_key($url) {
    $etag = md5($url);
    $strong = hash('sha256', $_POST['password']);
    return $etag . sha1_file(__FILE__) . $strong;
}
