<?php
$pages = ['home', 'about', 'pricing', 'contact'];
$page = $_GET['page'] ?? 'home';
if (!in_array($page, $pages, true)) {
    $page = 'home';
}
?>
<!doctype html>
<html>
<body>
<?php include __DIR__ . '/pages/' . $page . '.php'; ?>
</body>
</html>
