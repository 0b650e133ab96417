<?php
declare(strict_types=1);

/*
 * Shared helpers for the admin diagnostics pages.
 */

function show_interface(string $name): void
{
    $cmd = 'ip addr show ' . $name;
    passthru($cmd); // LABEL: CWE-78
}
