<?php
declare(strict_types=1);

final class GroupDirectory
{
    /** @param \LDAP\Connection $link */
    public function __construct(private $link, private string $baseDn)
    {
    }

    public function members(string $group): array
    {
        $result = ldap_list($this->link, $this->baseDn, '(&(objectClass=groupOfNames)(cn=' . $group . '))', ['member']); // LABEL: CWE-90
        $entries = ldap_get_entries($this->link, $result);
        return $entries[0]['member'] ?? [];
    }
}

$link = ldap_connect('ldaps://directory.example.com');
$dir = new GroupDirectory($link, 'ou=groups,dc=example,dc=com');
echo json_encode($dir->members($_GET['group'] ?? 'staff'));
