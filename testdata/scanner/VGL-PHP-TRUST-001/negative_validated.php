<?php
session_start();
const THEMES = ['light', 'dark', 'contrast'];

$theme = $_GET['theme'] ?? 'light';
if (in_array($theme, THEMES, true)) {
    $_SESSION['theme'] = $theme;
}
$lang = $_GET['lang'] ?? 'en';
$_SESSION['lang'] = match ($lang) {
    'de' => 'de',
    'fr' => 'fr',
    default => 'en',
};
switch ($_GET['view'] ?? '') {
    case 'grid':
        $view = 'grid';
        break;
    default:
        $view = 'list';
}
$_SESSION['view'] = $view;
$email = $_POST['email'] ?? '';
if (filter_var($email, FILTER_VALIDATE_EMAIL)) {
    $_SESSION['contact'] = $email;
}
$page = filter_var($_GET['page'] ?? 1, FILTER_VALIDATE_INT);
if ($page !== false) {
    $_SESSION['page'] = $page;
}
