<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class CurrencyController extends Controller
{
    public function switch(Request $request)
    {
        $payload = $request->json()->all();
        $account = $payload['billing_account'] ?? null;

        $request->session()->put('billing_account', $account); // LABEL: CWE-501

        return response()->json(['billing_account' => $account]);
    }
}
