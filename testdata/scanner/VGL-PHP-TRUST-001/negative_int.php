<?php
session_start();
$_SESSION['page'] = intval($_GET['page']);
