<?php
namespace App\Http\Controllers;

use Illuminate\Http\Request;
use LdapRecord\Models\ActiveDirectory\User;

class DirectoryController extends Controller
{
    // where() escapes the value it is given
    public function search(Request $request)
    {
        return User::where('cn', '=', $request->input('name'))->rawFilter('(objectClass=person)')->get();
    }
}
