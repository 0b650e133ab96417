<?php

function h(string $value): string
{
    return htmlspecialchars($value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

$query = $_GET['q'] ?? '';
$results = array_filter(['Lisbon', 'London', 'Lyon', 'Leipzig'], fn ($c) => $query === '' || stripos($c, $query) !== false);
?>
<!doctype html>
<html>
<body>
  <form><input name="q" value="<?= h($query) ?>"></form>
  <p>Results for <strong><?= h($query) ?></strong></p>
  <ul>
  <?php foreach ($results as $city): ?>
    <li><?= h($city) ?></li>
  <?php endforeach; ?>
  </ul>
</body>
</html>
