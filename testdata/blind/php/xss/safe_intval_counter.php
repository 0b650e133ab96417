<?php
$page = isset($_GET['page']) ? intval($_GET['page']) : 1;
if ($page < 1) {
    $page = 1;
}
echo '<nav>';
echo '<a href="?page=' . ($page - 1) . '">previous</a> ';
echo '<span>page ' . $page . '</span> ';
echo '<a href="?page=' . ($page + 1) . '">next</a>';
echo '</nav>';
