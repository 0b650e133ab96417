<?php
$q = $_GET['q'] ?? '';
$results = [];
?>
<!doctype html>
<html>
<body>
<h1>Search</h1>
<?php if (count($results) === 0): ?>
    <p>No results for <?= $q ?></p><?php /* LABEL: CWE-79 */ ?>
<?php endif; ?>
</body>
</html>
