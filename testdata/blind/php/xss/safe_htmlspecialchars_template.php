<?php
$q = $_GET['q'] ?? '';

function e(string $value): string
{
    return htmlspecialchars($value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}
?>
<!doctype html>
<html>
<body>
<form><input name="q" value="<?= e($q) ?>"></form>
<p>No results for <?= e($q) ?></p>
</body>
</html>
