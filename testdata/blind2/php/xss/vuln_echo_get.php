<?php
$q = $_GET['q'] ?? '';
if (!$q) {
    $q = 'everything';
}
?>
<html>
<body>
<h1>Search</h1>
<p>You searched for <?= $q ?></p><?php /* LABEL: CWE-79 */ ?>
</body>
</html>
