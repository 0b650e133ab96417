<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$lang = $_COOKIE['lang'] ?? 'en';

include __DIR__ . '/lang/' . $lang . '.php'; // LABEL: CWE-98, CWE-22

echo $messages['welcome'] ?? 'Welcome';
