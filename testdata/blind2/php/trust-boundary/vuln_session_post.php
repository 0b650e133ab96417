<?php
session_start();

$profile = [
    'display' => $_POST['display_name'] ?? '',
    'is_admin' => $_POST['is_admin'] ?? '0',
];
$_SESSION['is_admin'] = $profile['is_admin']; // LABEL: CWE-501

header('Location: /profile');
