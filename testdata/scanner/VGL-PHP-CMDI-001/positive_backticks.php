<?php
$dir = $_GET['dir'];
$listing = `ls -la $dir`; // vigil:expect VGL-PHP-CMDI-001
echo htmlspecialchars($listing);
