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

        $orders = Order::query()
            ->where('account_id', $request->user()->account_id)
            ->whereRaw('status = ?', [$status])
            ->when($request->filled('q'), fn ($q) => $q->where('number', 'like', '%' . $request->input('q') . '%'))
            ->latest()
            ->paginate(25);

        return view('orders.index', ['orders' => $orders]);
    }
}
