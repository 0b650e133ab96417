<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Ldap\Ldap;

class DirectoryController
{
    public function __construct(private Ldap $ldap)
    {
    }

    public function search(Request $request): JsonResponse
    {
        $name = $request->query->get('name');
        $query = $this->ldap->query('ou=people,dc=example,dc=com', "(&(objectClass=person)(cn=$name))"); // vigil:expect VGL-PHP-LDAP-001
        return new JsonResponse(count($query->execute()));
    }
}
