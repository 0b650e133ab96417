<?php

namespace App\Http\Controllers;

use App\Repositories\InvoiceRepository;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class InvoiceController extends Controller
{
    public function __construct(private InvoiceRepository $invoices)
    {
    }

    public function index(Request $request): JsonResponse
    {
        $status = $request->query('status', 'unpaid');
        $customer = $request->input('customer');
        if ($customer === null) {
            $customer = '';
        }

        return response()->json($this->invoices->search($status, $customer));
    }
}
