<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$comment = [
    'author' => $_POST['author'] ?? 'anonymous',
    'body' => $_POST['body'] ?? '',
];

$html = '<div class="comment"><b>' . $comment['author'] . '</b><p>' . $comment['body'] . '</p></div>';
echo $html; // LABEL: CWE-79
