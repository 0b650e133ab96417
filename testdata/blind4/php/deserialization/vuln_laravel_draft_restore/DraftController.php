<?php

namespace App\Http\Controllers;

use App\Services\DraftSnapshot;
use Illuminate\Http\Request;

class DraftController extends Controller
{
    public function restore(Request $request)
    {
        $snapshot = new DraftSnapshot($request->input('snapshot', ''));
        $draft = $snapshot->restore();

        return view('drafts.edit', ['draft' => $draft]);
    }
}
