<h1>Search</h1>
<p>Results for <?= htmlspecialchars($_GET["q"], ENT_QUOTES) ?></p>
<p><?= (int) $_GET["page"] ?></p>
