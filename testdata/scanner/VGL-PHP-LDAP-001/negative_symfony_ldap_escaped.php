<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Ldap\Ldap;
use Symfony\Component\Ldap\LdapInterface;

class DirectoryController
{
    public function __construct(private Ldap $ldap)
    {
    }

    public function search(Request $request): JsonResponse
    {
        $name = $this->ldap->escape($request->query->get('name'), '', LdapInterface::ESCAPE_FILTER);
        $query = $this->ldap->query('ou=people,dc=example,dc=com', "(&(objectClass=person)(cn=$name))");
        return new JsonResponse(count($query->execute()));
    }
}
