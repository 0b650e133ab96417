<?php

namespace App\Services;

use Illuminate\Http\Request;

class ShippingCalculator
{
    private string $formula;

    public function __construct(Request $request)
    {
        $this->formula = $request->input('formula', '$weight * 1.5');
    }

    public function cost(float $weight, float $distance): float
    {
        return (float) eval('return ' . $this->formula . ';'); // LABEL: CWE-95
    }

    public function currency(): string
    {
        return 'EUR';
    }
}
