<?php

namespace App\Services;

use Illuminate\Http\Request;

class ShippingCalculator
{
    private string $formula;

    public function __construct(Request $request)
    {
        $this->formula = (string) $request->input('formula', 'weight');
    }

    public function cost(float $weight, float $distance): float
    {
        return match ($this->formula) {
            'distance' => $distance * 0.12,
            'combined' => $weight * 1.1 + $distance * 0.08,
            default => $weight * 1.5,
        };
    }
}
