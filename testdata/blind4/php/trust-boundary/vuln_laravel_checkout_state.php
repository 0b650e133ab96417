<?php

namespace App\Http\Controllers;

use Illuminate\Contracts\Session\Session;
use Illuminate\Http\Request;

class CheckoutState
{
    public function __construct(private Session $session)
    {
    }

    public function rememberCurrency(string $currency): void
    {
        $this->session->put('checkout.currency', $currency); // LABEL: CWE-501
    }
}

class CheckoutController extends Controller
{
    public function currency(Request $request)
    {
        $currency = $request->header('X-Currency');
        if (!$currency) {
            $currency = 'EUR';
        }
        (new CheckoutState($request->session()))->rememberCurrency($currency);

        return redirect()->route('checkout.show');
    }
}
