<?php

function show_interface(string $name): void
{
    $cmd = 'ip addr show ' . $name;
    passthru($cmd); // LABEL: CWE-78
}
