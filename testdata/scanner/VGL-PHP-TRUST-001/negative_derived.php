<?php
session_start();
$user = find_user_by_credentials($_POST['email'], $_POST['password']);
$_SESSION['user_id'] = current_user_id();
$prefs = [];
$prefs['q'] = $_GET['q'];
