<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$runner = 'system';
$archive = $_POST['archive'] ?? 'latest';
$options = ['-xzf', "/srv/archives/$archive.tar.gz", '-C', '/srv/restore'];

echo '<pre>';
$runner('tar ' . implode(' ', $options)); // LABEL: CWE-78
echo '</pre>';
