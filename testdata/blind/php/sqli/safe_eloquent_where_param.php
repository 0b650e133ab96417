<?php

namespace App\Http\Controllers;

use App\Models\Ticket;
use Illuminate\Http\Request;

class TicketSearchController extends Controller
{
    public function __invoke(Request $request)
    {
        $status = $request->input('status') ?: 'open';
        $tickets = Ticket::where('status', $status)
            ->whereRaw('created_at > ?', [now()->subDays(30)])
            ->get();

        return response()->json($tickets);
    }
}
