<?php
declare(strict_types=1);

enum Theme: string
{
    case Light = 'light';
    case Dark = 'dark';
}

session_start();
$theme = Theme::tryFrom((string) ($_POST['theme'] ?? '')) ?? Theme::Light;
$_SESSION['theme'] = $theme->value;
header('Location: /settings');
