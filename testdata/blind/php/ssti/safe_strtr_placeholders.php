<?php
// Merchant greeting with fixed placeholders; no template engine evaluates it.
require __DIR__ . '/../bootstrap.php';

session_start();
if (empty($_SESSION['merchant_id'])) {
    http_response_code(403);
    exit;
}
$greeting = $_POST['greeting'] ?? 'Hello {name}!';
$text = strtr($greeting, ['{name}' => 'visitor', '{shop}' => 'Corner Shop']);
echo '<p>' . htmlspecialchars($text, ENT_QUOTES, 'UTF-8') . '</p>';
