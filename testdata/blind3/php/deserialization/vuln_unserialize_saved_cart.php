<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class CartController extends Controller
{
    public function show(Request $request)
    {
        $cart = $this->restore($request->input('saved_cart'));

        return view('cart.show', ['items' => $cart]);
    }

    private function restore(?string $blob): array
    {
        if ($blob === null || $blob === '') {
            return [];
        }
        $items = unserialize(base64_decode($blob)); // LABEL: CWE-502

        return is_array($items) ? $items : [];
    }
}
