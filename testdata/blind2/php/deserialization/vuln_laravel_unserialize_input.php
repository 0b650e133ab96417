<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class WidgetController extends Controller
{
    public function restore(Request $request)
    {
        $state = $request->input('state');
        $widget = unserialize($state); // LABEL: CWE-502

        return response()->json(['restored' => is_object($widget)]);
    }
}
