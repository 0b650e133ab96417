<?php
$ds = ldap_connect("ldap://localhost");
$user = ldap_escape($_GET['user'], '', LDAP_ESCAPE_FILTER);
$sr = ldap_search($ds, "dc=example,dc=com", "(uid=" . $user . ")");
