<?php
declare(strict_types=1);

/*
 * Shared helpers for the public pages.
 */

function h(string $s): string
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}
