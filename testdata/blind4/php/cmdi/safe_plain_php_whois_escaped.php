<?php
require __DIR__ . '/../bootstrap.php';

require_admin();

$domain = strtolower(trim($_GET['domain'] ?? ''));
if ($domain === '' || !preg_match('/^[a-z0-9.-]{1,253}$/', $domain)) {
    $domain = 'example.com';
}

$lines = [];
$status = 0;
exec('whois ' . escapeshellarg($domain) . ' | head -n 40', $lines, $status);

header('Content-Type: text/html; charset=utf-8');
?>
<h1>WHOIS for <?= htmlspecialchars($domain, ENT_QUOTES, 'UTF-8') ?></h1>
<pre><?= htmlspecialchars(implode("\n", $lines), ENT_QUOTES, 'UTF-8') ?></pre>
<p>exit status <?= (int) $status ?></p>
