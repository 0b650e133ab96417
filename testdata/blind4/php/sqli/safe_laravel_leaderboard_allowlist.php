<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class LeaderboardController extends Controller
{
    private const METRICS = [
        'goals' => 'goals',
        'assists' => 'assists',
        'minutes' => 'minutes_played',
    ];

    public function show(Request $request, string $metric)
    {
        $column = self::METRICS[$metric] ?? 'goals';
        $season = (int) $request->query('season', 1);

        $rows = DB::select("SELECT player_id, name, {$column} AS score FROM season_stats WHERE season = ? ORDER BY {$column} DESC LIMIT 100", [$season]);

        return view('leaderboard.show', ['rows' => $rows, 'metric' => $metric]);
    }
}
