<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class CurrencyController extends Controller
{
    public function switch(Request $request)
    {
        $wanted = (int) $request->json('billing_account');
        $account = $request->user()->billingAccounts()->whereKey($wanted)->first();
        if ($account === null) {
            abort(403);
        }

        $request->session()->put('billing_account', $account->id);

        return response()->json(['billing_account' => $account->id]);
    }
}
