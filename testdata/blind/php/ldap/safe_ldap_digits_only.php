<?php
$employeeId = $_GET['id'] ?? '';
if (!ctype_digit($employeeId)) {
    http_response_code(400);
    exit('bad id');
}
$ds = ldap_connect('ldaps://directory.example.com');
$sr = ldap_search($ds, 'ou=people,dc=example,dc=com', '(employeeNumber=' . $employeeId . ')', ['cn', 'title']);
$entries = ldap_get_entries($ds, $sr);
echo htmlspecialchars($entries[0]['cn'][0] ?? 'nobody', ENT_QUOTES);
