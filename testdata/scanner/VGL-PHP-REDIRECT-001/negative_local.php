<?php
$id = intval($_GET['id']);
header("Location: /items/" . $id);
header("X-Requested: " . $_GET['id']);
exit;
