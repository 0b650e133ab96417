<?php

namespace App\Pricing;

use Illuminate\Http\Request;
use InvalidArgumentException;

class DiscountRule
{
    public function __construct(private string $kind, private float $amount)
    {
    }

    public function apply(float $subtotal, int $items): float
    {
        return match ($this->kind) {
            'percent' => $subtotal * min($this->amount, 100) / 100,
            'fixed' => min($this->amount, $subtotal),
            'per_item' => $items * $this->amount,
            default => throw new InvalidArgumentException('unknown rule kind'),
        };
    }
}

class DiscountPreviewController
{
    public function __invoke(Request $request)
    {
        $rule = new DiscountRule((string) $request->input('kind', 'percent'), (float) $request->input('amount', 10));
        $discount = $rule->apply((float) $request->input('subtotal'), (int) $request->input('items'));
        return response()->json(['discount' => round($discount, 2)]);
    }
}
