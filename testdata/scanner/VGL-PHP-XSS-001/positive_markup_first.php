<h1>Search</h1>
<p>Results for <?= $_GET["q"] ?></p> <!-- vigil:expect VGL-PHP-XSS-001 -->
<p><?= htmlspecialchars($_GET["q"]) ?></p>
