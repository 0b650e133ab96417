<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

require __DIR__ . '/escape.php';

$comment = [
    'author' => $_POST['author'] ?? 'anonymous',
    'body' => $_POST['body'] ?? '',
];

echo '<div class="comment"><b>' . h($comment['author']) . '</b><p>' . h($comment['body']) . '</p></div>';
