<?php
// Tiny front controller: index.php?page=about renders pages/about.php
$page = $_GET['page'] ?? 'home';
?>
<!doctype html>
<html>
<body>
<?php include __DIR__ . '/pages/' . $page . '.php'; // LABEL: CWE-98, CWE-22 ?>
</body>
</html>
