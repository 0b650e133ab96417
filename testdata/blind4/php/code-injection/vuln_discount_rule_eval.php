<?php

namespace App\Pricing;

use Illuminate\Http\Request;

class DiscountRule
{
    public function __construct(private string $expression)
    {
    }

    public function apply(float $subtotal, int $items): float
    {
        $expr = str_replace(['subtotal', 'items'], ['$subtotal', '$items'], $this->expression);
        return (float) eval('return ' . $expr . ';'); // LABEL: CWE-94
    }
}

class DiscountPreviewController
{
    public function __invoke(Request $request)
    {
        $rule = new DiscountRule($request->input('rule', 'subtotal * 0.1'));
        $discount = $rule->apply((float) $request->input('subtotal'), (int) $request->input('items'));
        return response()->json(['discount' => round($discount, 2)]);
    }
}
