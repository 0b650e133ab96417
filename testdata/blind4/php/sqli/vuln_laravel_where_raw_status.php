<?php

namespace App\Http\Controllers;

use App\Models\Order;
use Illuminate\Http\Request;

class OrderController extends Controller
{
    public function index(Request $request)
    {
        $status = $request->input('status');
        if (!$status) {
            $status = 'pending';
        }

        $query = Order::query()->where('account_id', $request->user()->account_id);
        $query->whereRaw("status = '" . $status . "'"); // LABEL: CWE-89
        $orders = $query->latest()->paginate(25);

        return view('orders.index', ['orders' => $orders]);
    }
}
