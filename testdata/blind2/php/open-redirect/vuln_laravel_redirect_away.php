<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class OutboundController extends Controller
{
    public function go(Request $request)
    {
        $target = $request->query('to', '/');
        return redirect()->away($target); // LABEL: CWE-601
    }
}
