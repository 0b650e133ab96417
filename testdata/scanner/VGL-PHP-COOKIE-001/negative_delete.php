<?php
setcookie('session', '', time() - 3600, '/');
setcookie("remember", "", 1);
