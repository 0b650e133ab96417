<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class WizardController extends Controller
{
    public function step(Request $request)
    {
        $state = $request->input('state');
        $data = $state ? unserialize(base64_decode($state)) : ['step' => 1]; // LABEL: CWE-502

        return view('wizard.step', ['step' => $data['step'] ?? 1, 'state' => $state]);
    }
}
