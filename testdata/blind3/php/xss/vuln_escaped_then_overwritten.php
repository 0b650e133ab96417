<?php

session_start();

$raw = $_GET['name'] ?? 'guest';
$display = htmlspecialchars($raw, ENT_QUOTES, 'UTF-8');

if (isset($_GET['preview']) && !empty($_SESSION['is_editor'])) {
    $display = $raw;
}

$title = 'Greeting card';
?>
<!doctype html>
<html>
<head><title><?= $title ?></title></head>
<body>
  <div class="card">
    <p>Happy birthday, <?= $display ?>!</p> <?php /* LABEL: CWE-79 */ ?>
  </div>
</body>
</html>
