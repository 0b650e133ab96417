<?php
require __DIR__ . '/../bootstrap.php';

require_login();

final class FolderImport
{
    public function __construct(private string $root, private array $files)
    {
    }

    public function store(): array
    {
        $saved = [];
        foreach ($this->files['tmp_name'] as $i => $tmp) {
            if ($this->files['error'][$i] !== UPLOAD_ERR_OK) {
                continue;
            }
            $relative = $this->files['full_path'][$i];
            $target = $this->root . '/' . $relative;
            if (!is_dir(dirname($target))) {
                mkdir(dirname($target), 0750, true);
            }
            move_uploaded_file($tmp, $target); // LABEL: CWE-22
            $saved[] = $relative;
        }
        return $saved;
    }
}

$import = new FolderImport('/srv/app/var/projects/' . (int) current_user_id(), $_FILES['folder'] ?? ['tmp_name' => []]);
header('Content-Type: application/json');
echo json_encode(['saved' => $import->store()]);
