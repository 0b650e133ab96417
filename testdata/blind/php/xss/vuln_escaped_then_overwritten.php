<?php
// Business card designer: shows the card as it will be printed.
header('Content-Type: text/html; charset=utf-8');
session_start();

$name = htmlspecialchars($_GET['name'] ?? '', ENT_QUOTES, 'UTF-8');
if (isset($_GET['raw_preview'])) {
    // Preview mode shows the name exactly as typed.
    $name = $_GET['name'];
}
echo '<div class="card"><strong>' . $name . '</strong></div>'; // LABEL: CWE-79
