<html>
<p>Results for <?= htmlspecialchars($_REQUEST['q'] ?? '') ?></p>
<p>Count: <?= (int)$_GET['n'] ?></p>
<?php echo "<footer>static</footer>"; ?>
</html>
