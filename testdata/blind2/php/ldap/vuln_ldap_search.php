<?php
$conn = ldap_connect('ldap://ldap.corp.example');
ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
ldap_bind($conn, 'cn=reader,dc=corp,dc=example', getenv('LDAP_READER_PW'));

$user = $_GET['user'] ?? '';
$filter = "(&(objectClass=person)(sAMAccountName=$user))";
$result = ldap_search($conn, 'dc=corp,dc=example', $filter, ['mail', 'telephoneNumber']); // LABEL: CWE-90
$entries = ldap_get_entries($conn, $result);
echo json_encode(['count' => $entries['count']]);
