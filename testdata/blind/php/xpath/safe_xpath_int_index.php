<?php
$doc = new DOMDocument();
$doc->load(__DIR__ . '/data/faq.xml');
$xp = new DOMXPath($doc);

$n = max(1, (int) ($_GET['n'] ?? 1));
$q = $xp->evaluate('string(//question[' . $n . ']/text)');
echo htmlspecialchars($q, ENT_QUOTES);
