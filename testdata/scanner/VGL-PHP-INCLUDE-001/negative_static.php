<?php
require_once __DIR__ . '/vendor/autoload.php';
include 'config.php';
include __DIR__ . '/themes/' . basename($_COOKIE['theme']) . '/layout.php';
