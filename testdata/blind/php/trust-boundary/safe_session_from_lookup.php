<?php
session_start();
$pdo = new PDO('sqlite:/var/app/app.db');

$stmt = $pdo->prepare('SELECT account_type FROM accounts WHERE id = ?');
$stmt->execute([(int) ($_SESSION['uid'] ?? 0)]);
$type = $stmt->fetchColumn();
// Stores what the database says, whatever the form claimed.
$_SESSION['account_type'] = $type === false ? 'member' : $type;
header('Location: /welcome');
