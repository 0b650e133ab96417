<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use Illuminate\Http\Request;

class ShippingRuleController extends Controller
{
    /** Tries a shipping rule written in PHP before it is saved. */
    public function test(Request $request)
    {
        $rule = $request->json('rule', 'return 0;');
        $order = ['weight' => (float) $request->json('weight', 1), 'country' => 'DE'];
        $fn = function (array $order) use ($rule) {
            return eval($rule); // LABEL: CWE-95
        };

        return response()->json(['cost' => $fn($order)]);
    }
}
