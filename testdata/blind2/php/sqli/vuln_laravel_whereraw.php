<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class InvoiceController extends Controller
{
    public function index(Request $request)
    {
        $year = $request->input('year', date('Y'));
        $invoices = DB::table('invoices')
            ->whereRaw("YEAR(issued_at) = $year") // LABEL: CWE-89
            ->get();

        return response()->json($invoices);
    }
}
