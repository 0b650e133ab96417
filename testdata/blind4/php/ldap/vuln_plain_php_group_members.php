<?php
require __DIR__ . '/../bootstrap.php';

final class GroupDirectory
{
    private const BASE_DN = 'ou=groups,dc=corp,dc=example';

    public function __construct(private $conn, private string $group)
    {
    }

    public function members(): array
    {
        $filter = '(&(objectClass=groupOfNames)(cn=' . $this->group . '))';
        $result = ldap_search($this->conn, self::BASE_DN, $filter, ['member']); // LABEL: CWE-90
        $entries = $result ? ldap_get_entries($this->conn, $result) : ['count' => 0];
        return $entries['count'] > 0 ? array_slice($entries[0]['member'] ?? [], 1) : [];
    }
}

$group = $_GET['group'] ?? '';
if ($group === '') {
    $group = 'staff';
}
$directory = new GroupDirectory(ldap_connect_bound(), $group);
header('Content-Type: application/json');
echo json_encode(['group' => $group, 'members' => $directory->members()]);
