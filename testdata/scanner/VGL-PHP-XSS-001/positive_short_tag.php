<html>
<body>
<p>Results for <?= htmlspecialchars($_REQUEST['q']) ?></p>
<?php echo $_COOKIE['last_search'], "</body>"; // vigil:expect VGL-PHP-XSS-001
