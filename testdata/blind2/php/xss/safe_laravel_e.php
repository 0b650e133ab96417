<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class BadgeController extends Controller
{
    public function show(Request $request)
    {
        $label = $request->input('label', 'new');
        return response('<span class="badge">' . e($label) . '</span>');
    }
}
