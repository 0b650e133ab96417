<?php
namespace App\Http\Controllers;

use Illuminate\Support\Facades\DB;

class ReportController extends Controller
{
    public function show($id)
    {
        return DB::select("SELECT * FROM reports WHERE id = $id"); // vigil:expect VGL-PHP-SQLI-001
    }

    public function byOwner(string $owner)
    {
        return DB::select("SELECT * FROM reports WHERE owner = '" . $owner . "'"); // vigil:expect VGL-PHP-SQLI-001
    }
}
