<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class GreetingController extends Controller
{
    public function show(Request $request)
    {
        $name = $request->input('name') ?: 'friend';

        return response('<h2>Hello, ' . $name . '!</h2>'); // LABEL: CWE-79
    }
}
