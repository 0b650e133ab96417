<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$cache = '/var/cache/app/settings.ser';
$settings = [];
if (is_readable($cache)) {
    $settings = unserialize(file_get_contents($cache), ['allowed_classes' => false]);
}
echo $settings['site_name'] ?? 'My Site';
