<?php
namespace App\Http\Controllers;

use Illuminate\Support\Facades\Cookie;

class AuthController extends Controller
{
    public function login($request)
    {
        $token = $this->issue($request);
        return response('ok')->withCookie(cookie('session_token', $token, 60, '/', null, false, false)); // vigil:expect VGL-PHP-COOKIE-002
    }

    public function remember($token)
    {
        Cookie::queue('remember_me', $token, 43200, '/', null, true, false); // vigil:expect VGL-PHP-COOKIE-002
        return response()->cookie('auth', $token, 60, '/', null, false, true); // vigil:expect VGL-PHP-COOKIE-002
    }
}
