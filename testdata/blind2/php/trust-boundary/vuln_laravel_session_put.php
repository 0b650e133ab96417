<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ImpersonationController extends Controller
{
    public function start(Request $request)
    {
        $request->session()->put('impersonate_id', $request->input('user_id')); // LABEL: CWE-501
        return redirect('/dashboard');
    }
}
