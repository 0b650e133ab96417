<?php
$section = $_GET['section'] ?? 'home';
$file = 'sections/' . $section . '.php';
include $file; // vigil:expect VGL-PHP-INCLUDE-001

function render_partial(string $name): void
{
    require __DIR__ . '/partials/' . $name . '.phtml'; // vigil:expect VGL-PHP-INCLUDE-001
}
render_partial($_POST['partial']);
