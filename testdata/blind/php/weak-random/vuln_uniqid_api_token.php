<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ApiTokenController extends Controller
{
    public function store(Request $request)
    {
        $token = sha1(uniqid((string) rand(), true)); // LABEL: CWE-338
        $request->user()->forceFill(['api_token' => hash('sha256', $token)])->save();

        return response()->json(['token' => $token], 201);
    }
}
