<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class SettingsSaveController extends Controller
{
    public function __invoke(Request $request)
    {
        $request->user()->update($request->validate(['name' => 'required|string|max:80']));
        $tab = $request->input('tab');
        $route = in_array($tab, ['profile', 'security', 'billing'], true) ? 'settings.' . $tab : 'settings.profile';

        return redirect()->route($route)->with('status', 'saved');
    }
}
