<?php
// Guestbook preview: shows the entry the visitor is about to post.
$entry = [
    'author'  => $_POST['author'] ?? 'anonymous',
    'message' => $_POST['message'] ?? '',
    'posted'  => date('Y-m-d'),
];
$fields = array_values($entry);
echo '<blockquote>';
foreach ($fields as $value) {
    echo '<span>' . $value . '</span>'; // LABEL: CWE-79
}
echo '</blockquote>';
