<?php
include $_GET['page'] . '.php'; // vigil:expect VGL-PHP-INCLUDE-001
