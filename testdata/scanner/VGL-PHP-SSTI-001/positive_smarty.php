<?php
$smarty = new Smarty();
$text = $_GET['text'];
$smarty->display('string:' . $text); // vigil:expect VGL-PHP-SSTI-001
