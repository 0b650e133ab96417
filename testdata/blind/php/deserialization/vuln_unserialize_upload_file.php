<?php
declare(strict_types=1);

final class SettingsImporter
{
    public function import(string $path): array
    {
        $raw = file_get_contents($path);
        $settings = unserialize($raw); // LABEL: CWE-502
        return is_array($settings) ? $settings : [];
    }
}

if (($_FILES['settings']['error'] ?? UPLOAD_ERR_NO_FILE) === UPLOAD_ERR_OK) {
    $importer = new SettingsImporter();
    $settings = $importer->import($_FILES['settings']['tmp_name']);
    echo count($settings) . ' settings imported';
}
