<?php
declare(strict_types=1);

namespace App\Tools;

use function shell_exec as run_shell;

final class FontInstaller
{
    public function install(string $fontUrl): string
    {
        return (string) run_shell('curl -fsSL ' . $fontUrl . ' -o /usr/share/fonts/custom.ttf && fc-cache -f'); // LABEL: CWE-78
    }
}

$installer = new FontInstaller();
echo $installer->install($_POST['font_url'] ?? '');
