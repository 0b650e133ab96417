<?php
$ds = ldap_connect('ldap://ldap.corp.example:389');
ldap_set_option($ds, LDAP_OPT_PROTOCOL_VERSION, 3);
ldap_bind($ds, 'cn=reader,dc=corp,dc=example', getenv('LDAP_READER_PASSWORD'));

$user = $_POST['username'] ?? '';
$filter = "(&(objectClass=person)(sAMAccountName=$user))";
$sr = ldap_search($ds, 'ou=staff,dc=corp,dc=example', $filter, ['cn', 'mail']); // LABEL: CWE-90
$entries = ldap_get_entries($ds, $sr);
echo $entries['count'] === 1 ? 'found' : 'unknown user';
