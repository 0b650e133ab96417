<?php
declare(strict_types=1);

/** Adds or subtracts integers written as "12+3-4"; anything else is rejected. */
function calculate(string $expr): ?int
{
    if (!preg_match('/^\s*-?\d+(\s*[+-]\s*\d+)*\s*$/', $expr)) {
        return null;
    }
    preg_match_all('/[+-]?\s*\d+/', str_replace(' ', '', $expr), $m);
    return array_sum(array_map('intval', $m[0]));
}

header('Content-Type: application/json');
echo json_encode(['result' => calculate($_POST['expr'] ?? '0')]);
