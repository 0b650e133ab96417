<html>
<body>
<p>Results for <?= $_REQUEST['q'] ?></p><!-- vigil:expect VGL-PHP-XSS-002 -->
<a href="/search?q=<?= $_GET['q'] . '&amp;page=2' ?>">next</a><!-- vigil:expect VGL-PHP-XSS-002 -->
</body>
