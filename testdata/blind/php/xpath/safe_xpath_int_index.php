<?php
// FAQ widget: /faq.php?n=3 shows the third question.
header('Content-Type: text/html; charset=utf-8');

$doc = new DOMDocument();
$doc->load(__DIR__ . '/data/faq.xml');
$xp = new DOMXPath($doc);

$n = max(1, (int) ($_GET['n'] ?? 1));
$q = $xp->evaluate('string(//question[' . $n . ']/text)');
echo htmlspecialchars($q, ENT_QUOTES);
