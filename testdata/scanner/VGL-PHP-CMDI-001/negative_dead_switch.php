<?php
$mode = 'thumbnail';
$file = $_GET['file'];
switch ($mode) {
    case 'thumbnail':
        $out = 'thumb-' . md5($file) . '.png';
        break;
    case 'shell':
        system('convert ' . $file . ' out.png');
        break;
    default:
        $out = 'none';
}
define('ALLOW_SHELL', false);
if (ALLOW_SHELL) {
    shell_exec('tar czf backup.tgz ' . $_POST['dir']);
}
echo htmlspecialchars($out);
