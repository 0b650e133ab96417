<?php
parse_str($_SERVER['QUERY_STRING'], $query);
$page = $query['page'] ?? 'home';
extract($_GET, EXTR_SKIP);
