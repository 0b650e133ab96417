<?php

namespace App\Http\Controllers;

use App\Repositories\ReportRepository;
use Illuminate\Http\Request;

class ReportController extends Controller
{
    public function __construct(private ReportRepository $reports)
    {
    }

    public function index(Request $request)
    {
        $sort = $request->query('sort', 'created');
        $dir = $request->query('dir', 'desc');

        return response()->json($this->reports->sorted($sort, $dir));
    }
}
