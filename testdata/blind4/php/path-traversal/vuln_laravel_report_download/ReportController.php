<?php

namespace App\Http\Controllers;

use App\Services\ReportArchive;
use Illuminate\Http\Request;

class ReportController extends Controller
{
    public function download(Request $request, string $team)
    {
        $archive = new ReportArchive($team);

        return $archive->download($request->query('name', 'latest.csv'));
    }
}
