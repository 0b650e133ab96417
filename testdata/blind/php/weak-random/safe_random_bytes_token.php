<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class SecureApiTokenController extends Controller
{
    public function store(Request $request)
    {
        $token = bin2hex(random_bytes(32));
        $request->user()->forceFill(['api_token' => hash('sha256', $token)])->save();

        return response()->json(['token' => $token], 201);
    }
}
