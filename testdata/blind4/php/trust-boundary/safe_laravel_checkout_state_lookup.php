<?php

namespace App\Http\Controllers;

use App\Models\Currency;
use Illuminate\Contracts\Session\Session;
use Illuminate\Http\Request;

class CheckoutState
{
    public function __construct(private Session $session)
    {
    }

    public function rememberCurrency(Currency $currency): void
    {
        $this->session->put('checkout.currency', $currency->code);
    }
}

class CheckoutController extends Controller
{
    public function currency(Request $request)
    {
        $currency = Currency::where('code', (string) $request->header('X-Currency', 'EUR'))->where('enabled', true)->first();
        if ($currency === null) {
            return redirect()->route('checkout.show')->withErrors(['currency' => 'Unsupported currency']);
        }
        (new CheckoutState($request->session()))->rememberCurrency($currency);

        return redirect()->route('checkout.show');
    }
}
