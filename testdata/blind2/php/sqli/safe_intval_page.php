<?php
$pdo = new PDO('pgsql:host=db;dbname=forum', 'forum', getenv('FORUM_DB_PASSWORD'));

$page = intval($_GET['page'] ?? 1);
$offset = max(0, ($page - 1) * 25);
$threads = $pdo->query("SELECT id, subject FROM threads ORDER BY last_post DESC LIMIT 25 OFFSET $offset")->fetchAll();

foreach ($threads as $t) {
    echo htmlspecialchars($t['subject'], ENT_QUOTES, 'UTF-8'), "<br>\n";
}
