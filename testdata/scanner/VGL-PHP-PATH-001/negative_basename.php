<?php
$file = basename($_GET['file']);
readfile("/srv/files/" . $file);
