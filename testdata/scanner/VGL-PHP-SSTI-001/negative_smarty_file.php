<?php
$smarty = new Smarty();
$smarty->assign('q', $_GET['q']);
$smarty->display('search.tpl');
