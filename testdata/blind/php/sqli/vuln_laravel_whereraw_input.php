<?php

namespace App\Http\Controllers;

use App\Models\Ticket;
use Illuminate\Http\Request;

class TicketController extends Controller
{
    public function index(Request $request)
    {
        $status = $request->input('status', 'open');
        $query = Ticket::query()->whereRaw("status = '{$status}'"); // LABEL: CWE-89
        $tickets = $query->orderByDesc('created_at')->paginate(25);

        return view('tickets.index', ['tickets' => $tickets]);
    }
}
