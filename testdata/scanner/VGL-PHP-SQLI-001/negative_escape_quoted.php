<?php
// Escaped values between quotes, and numbers made numbers: safe.
$conn = mysqli_connect("db", "app", getenv("DB_PASS"), "shop");

$name = mysqli_real_escape_string($conn, $_POST['name']);
$res = mysqli_query($conn, "SELECT * FROM users WHERE name = '$name'");

$email = $conn->real_escape_string($_GET['email']);
$rows = $conn->query("SELECT id FROM users WHERE email = '" . $email . "' LIMIT 1");

$id = intval($_GET['id']);
$res = mysqli_query($conn, "SELECT * FROM users WHERE user_id = $id");

$q = pg_escape_literal($_GET['q']);
$r = pg_query("SELECT * FROM items WHERE title = $q");
