<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

function clean_input(string $value): string
{
    return trim(stripslashes($value));
}

$city = clean_input($_GET['city'] ?? '');
print "<span class=\"city\">Weather for " . $city . "</span>"; // LABEL: CWE-79
