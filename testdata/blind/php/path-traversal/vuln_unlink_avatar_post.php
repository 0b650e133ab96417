<?php
declare(strict_types=1);

final class AvatarStore
{
    public function __construct(private string $root)
    {
    }

    public function remove(string $filename): bool
    {
        $target = $this->root . DIRECTORY_SEPARATOR . $filename;
        return @unlink($target); // LABEL: CWE-22
    }
}

session_start();
$store = new AvatarStore('/srv/app/public/avatars');
$ok = $store->remove($_POST['avatar'] ?? '');
echo json_encode(['removed' => $ok]);
