<?php
// Variable functions that are not shells, or shells given fixed commands.
$clean = 'strtoupper';
echo htmlspecialchars($clean($_GET['name']));

call_user_func('exec', 'uptime');
call_user_func('trim', $_POST['q']);

function pick($which)
{
    $f = 'system';
    if ($which === 'date') {
        $f('date');
    }
    $g = 'strlen';
    $g = 'exec';
    return $g('hostname');
}
