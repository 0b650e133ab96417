<h2><?= $heading ?></h2>
<p>Results for <?= htmlspecialchars($query, ENT_QUOTES) ?></p>
