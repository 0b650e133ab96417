<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Blade;

class InvoiceNoteController extends Controller
{
    public function preview(Request $request)
    {
        $footer = $request->input('footer');
        if ($footer === null) {
            $footer = 'Thank you for your business, {{ $customer }}.';
        }

        $html = Blade::render($footer, ['customer' => 'ACME Corp']); // LABEL: CWE-1336

        return response()->json(['html' => $html]);
    }
}
