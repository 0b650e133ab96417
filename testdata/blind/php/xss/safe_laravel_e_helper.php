<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class SafeGreetingController extends Controller
{
    public function show(Request $request)
    {
        $name = $request->input('name', 'friend');

        return response('<h2>Hello, ' . e($name) . '!</h2>');
    }
}
