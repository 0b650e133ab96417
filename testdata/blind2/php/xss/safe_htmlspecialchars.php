<?php
$q = $_GET['q'] ?? '';
if (!$q) {
    $q = 'everything';
}
?>
<html>
<body>
<h1>Search</h1>
<p>You searched for <?= htmlspecialchars($q, ENT_QUOTES, 'UTF-8') ?></p>
</body>
</html>
