<?php
$ds = ldap_connect("ldap://localhost");
$user = $_GET['user'];
$sr = ldap_search($ds, "dc=example,dc=com", "(uid=" . $user . ")"); // vigil:expect VGL-PHP-LDAP-001
