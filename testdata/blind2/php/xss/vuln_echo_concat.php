<?php
$comment = [
    'author' => $_POST['author'] ?? 'anonymous',
    'body' => $_POST['body'] ?? '',
];

$html = '<div class="comment"><b>' . $comment['author'] . '</b><p>' . $comment['body'] . '</p></div>';
echo $html; // LABEL: CWE-79
