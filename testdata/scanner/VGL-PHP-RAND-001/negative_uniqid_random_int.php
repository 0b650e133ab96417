<?php
$csrf = sha1($salt . uniqid('' . random_int(0, PHP_INT_MAX), true));
$_SESSION['csrf'] = $csrf;
