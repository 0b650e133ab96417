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
            ->whereYear('issued_at', $year)
            ->orderBy('issued_at')
            ->get();

        return response()->json($invoices);
    }
}
