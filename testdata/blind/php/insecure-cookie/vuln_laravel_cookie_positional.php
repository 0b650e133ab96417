<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Str;

class DeviceController extends Controller
{
    public function trust(Request $request)
    {
        $deviceToken = Str::random(40);
        $request->user()->trustedDevices()->create(['token' => hash('sha256', $deviceToken)]);

        return response('trusted')->cookie('trusted_device', $deviceToken, 43200, '/', null, false, false); // LABEL: CWE-614, CWE-1004
    }
}
