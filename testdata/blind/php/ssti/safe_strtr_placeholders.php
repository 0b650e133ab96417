<?php
// Merchant greeting with fixed placeholders; no template engine evaluates it.
$greeting = $_POST['greeting'] ?? 'Hello {name}!';
$text = strtr($greeting, ['{name}' => 'visitor', '{shop}' => 'Corner Shop']);
echo '<p>' . htmlspecialchars($text, ENT_QUOTES, 'UTF-8') . '</p>';
