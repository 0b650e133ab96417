<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Storage;

class AvatarImportController extends Controller
{
    public function store(Request $request)
    {
        $source = $request->input('avatar_url');
        $response = Http::timeout(5)->get($source); // LABEL: CWE-918
        Storage::put('avatars/' . $request->user()->id . '.img', $response->body());

        return back()->with('status', 'Avatar imported');
    }
}
