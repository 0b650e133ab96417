<?php
$ds = ldap_connect("ldap://localhost");
$sr = ldap_search($ds, "dc=example,dc=com", "(objectClass=person)", ["cn", "mail"]);
