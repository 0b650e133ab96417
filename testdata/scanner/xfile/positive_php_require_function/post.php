<?php
require_once __DIR__ . '/lib/db.php';

$conn = mysqli_connect('localhost', 'app', 'secret', 'blog');
$id = $_GET['id']; // vigil:source
$post = find_post($conn, $id);
echo count(mysqli_fetch_all($post));
