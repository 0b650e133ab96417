<?php

enum Mode: string
{
    case Grid = 'grid';
    case List = 'list';
}

// The enum is only the fallback: the stored value is the request's text.
$_SESSION['mode'] = $_GET['mode'] ?? Mode::Grid->value; // vigil:expect VGL-PHP-TRUST-001
