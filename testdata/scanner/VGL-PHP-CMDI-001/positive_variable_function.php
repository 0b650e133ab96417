<?php
// A function called through a variable or call_user_func is still that function.
$runner = 'system';
$runner('ping -c 1 ' . $_GET['host']); // vigil:expect VGL-PHP-CMDI-001

function archive()
{
    $fn = 'shell_exec';
    $out = $fn("tar czf /tmp/a.tgz " . $_POST['dir']); // vigil:expect VGL-PHP-CMDI-001
    return $out;
}

call_user_func('exec', 'whois ' . $_REQUEST['domain']); // vigil:expect VGL-PHP-CMDI-001
call_user_func_array('passthru', ['nslookup ' . $_GET['name']]); // vigil:expect VGL-PHP-CMDI-001
