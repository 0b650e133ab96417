<?php
require __DIR__ . '/../bootstrap.php';

require_admin();

$domain = $_GET['domain'] ?? '';
if ($domain === '') {
    $domain = 'example.com';
}

$lines = [];
$status = 0;
exec('whois ' . $domain . ' | head -n 40', $lines, $status); // LABEL: CWE-78

header('Content-Type: text/html; charset=utf-8');
?>
<h1>WHOIS for <?= htmlspecialchars($domain, ENT_QUOTES, 'UTF-8') ?></h1>
<pre><?= htmlspecialchars(implode("\n", $lines), ENT_QUOTES, 'UTF-8') ?></pre>
<p>exit status <?= (int) $status ?></p>
