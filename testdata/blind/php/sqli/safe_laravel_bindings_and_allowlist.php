<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class LeaderboardController extends Controller
{
    private const SORTABLE = ['total', 'wins', 'name'];

    public function index(Request $request, string $team)
    {
        $sort = $request->query('sort');
        if (!in_array($sort, self::SORTABLE, true)) {
            $sort = 'total';
        }
        $rows = DB::select(
            "select name, wins, total from standings where team_slug = ? order by {$sort} desc",
            [$team]
        );

        return view('leaderboard', ['rows' => $rows]);
    }
}
