<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use Illuminate\Support\Facades\DB;

class TeamStatsController extends Controller
{
    public function show(string $team)
    {
        $rows = DB::select("select user_id, sum(points) as total from scores where team_slug = '" . $team . "' group by user_id"); // LABEL: CWE-89

        return response()->json($rows);
    }
}
