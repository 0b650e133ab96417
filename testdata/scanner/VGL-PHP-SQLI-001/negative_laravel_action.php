<?php
namespace App\Http\Controllers;

use App\Models\Report;
use Illuminate\Support\Facades\DB;

class ReportController extends Controller
{
    public function show(int $id)
    {
        return DB::select("SELECT * FROM reports WHERE id = $id");
    }

    public function owner(Report $report)
    {
        return DB::select('SELECT * FROM reports WHERE owner = ?', [$report->owner]);
    }

    public function byOwner(string $owner)
    {
        return DB::select('SELECT * FROM reports WHERE owner = ?', [$owner]);
    }

    private function raw(string $where)
    {
        return DB::select("SELECT * FROM reports WHERE $where");
    }
}

class ReportPresenter
{
    public function title(string $name)
    {
        return DB::select("SELECT * FROM titles WHERE name = '$name'");
    }
}
