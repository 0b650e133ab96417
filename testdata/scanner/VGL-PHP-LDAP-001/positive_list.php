<?php
$ds = ldap_connect("ldap://localhost");
$r = ldap_list($ds, "ou=people,dc=example,dc=com", "(cn={$_POST['name']})"); // vigil:expect VGL-PHP-LDAP-001
