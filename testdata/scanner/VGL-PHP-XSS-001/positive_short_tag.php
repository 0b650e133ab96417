<html>
<body>
<p>Results for <?= $_REQUEST['q'] ?></p><!-- vigil:expect VGL-PHP-XSS-001 -->
<?php echo $_COOKIE['last_search'], "</body>"; // vigil:expect VGL-PHP-XSS-001
