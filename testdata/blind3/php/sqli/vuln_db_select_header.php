<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class UsageController extends Controller
{
    public function show(Request $request)
    {
        $team = $request->header('X-Team-Id', 'default');
        $month = (int) $request->query('month', date('n'));

        $rows = DB::select("SELECT feature, SUM(calls) AS calls FROM usage WHERE team_id = '$team' AND month = $month GROUP BY feature"); // LABEL: CWE-89

        return response()->json([
            'team' => $team,
            'usage' => $rows,
        ]);
    }
}
