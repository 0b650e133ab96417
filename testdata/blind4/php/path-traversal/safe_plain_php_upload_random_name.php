<?php
require __DIR__ . '/../bootstrap.php';

require_login();

final class AttachmentUpload
{
    private const EXTENSIONS = ['pdf', 'png', 'jpg', 'txt'];

    public function __construct(private string $root, private array $file)
    {
    }

    public function store(): ?string
    {
        if (($this->file['error'] ?? UPLOAD_ERR_NO_FILE) !== UPLOAD_ERR_OK) {
            return null;
        }
        $ext = strtolower(pathinfo($this->file['name'], PATHINFO_EXTENSION));
        if (!in_array($ext, self::EXTENSIONS, true)) {
            return null;
        }
        $name = bin2hex(random_bytes(16)) . '.' . $ext;
        move_uploaded_file($this->file['tmp_name'], $this->root . '/' . $name);
        return $name;
    }
}

$upload = new AttachmentUpload('/srv/app/var/attachments', $_FILES['attachment'] ?? []);
header('Content-Type: application/json');
echo json_encode(['stored' => $upload->store()]);
