<?php
namespace App\Http\Controllers;

use Illuminate\Http\Request;
use LdapRecord\Models\ActiveDirectory\User;

class DirectoryController extends Controller
{
    public function search(Request $request)
    {
        $name = $request->input('name');
        return User::rawFilter("(cn=$name)")->get(); // vigil:expect VGL-PHP-LDAP-001
    }
}
