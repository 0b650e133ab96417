<?php
// Legacy partner login checked against partners.xml
$doc = new DOMDocument();
$doc->load(__DIR__ . '/data/partners.xml');
$xp = new DOMXPath($doc);

$login = $_POST['login'] ?? '';
$key = $_POST['key'] ?? '';
$nodes = $xp->query("//partner[login/text()='" . $login . "' and key/text()='" . $key . "']"); // LABEL: CWE-643
if ($nodes->length > 0) {
    session_start();
    $_SESSION['partner'] = $nodes->item(0)->getAttribute('id');
    echo 'ok';
}
