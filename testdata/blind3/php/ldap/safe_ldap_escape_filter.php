<?php

namespace App\Services;

class DirectoryLookup
{
    private $link;

    public function __construct(private string $baseDn = 'ou=staff,dc=corp,dc=example')
    {
        $this->link = ldap_connect('ldaps://ldap.corp.example');
        ldap_set_option($this->link, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_bind($this->link, getenv('LDAP_BIND_DN'), getenv('LDAP_BIND_PW'));
    }

    public function findByLogin(string $login): ?array
    {
        $safe = ldap_escape($login, '', LDAP_ESCAPE_FILTER);
        $result = ldap_search($this->link, $this->baseDn, "(&(objectClass=user)(sAMAccountName=$safe))", ['cn', 'mail']);
        $entries = ldap_get_entries($this->link, $result);

        return $entries['count'] > 0 ? $entries[0] : null;
    }
}
