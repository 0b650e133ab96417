<?php
declare(strict_types=1);

const CONVERTER_MODE = 'library';

$file = $_FILES['doc']['tmp_name'] ?? '';
switch (CONVERTER_MODE) {
    case 'shell':
        // Old converter, unreachable since CONVERTER_MODE is fixed to 'library'.
        $out = shell_exec('pandoc ' . $_POST['options'] . ' ' . $file);
        break;
    default:
        $out = is_file($file) ? strip_tags((string) file_get_contents($file)) : '';
}
echo htmlspecialchars((string) $out, ENT_QUOTES);
