<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class LeaderboardController extends Controller
{
    public function show(Request $request, string $metric)
    {
        $season = (int) $request->query('season', 1);

        $rows = DB::select("SELECT player_id, name, {$metric} AS score FROM season_stats WHERE season = ? ORDER BY {$metric} DESC LIMIT 100", [$season]); // LABEL: CWE-89

        return view('leaderboard.show', ['rows' => $rows, 'metric' => $metric]);
    }
}
