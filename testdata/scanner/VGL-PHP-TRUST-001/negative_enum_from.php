<?php

enum Theme: string
{
    case Light = 'light';
    case Dark = 'dark';
}

// tryFrom/from map the input to one of the enum's cases.
$theme = Theme::tryFrom((string)($_POST['theme'] ?? '')) ?? Theme::Light;
$_SESSION['theme'] = $theme->value;

$t = Theme::from($_GET['t']);
$_SESSION['t'] = $t;

// a record the server looked up
$user = $users->findByEmail($_POST['email']);
$_SESSION['user_id'] = $user->id;
