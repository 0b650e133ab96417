<?php

namespace App\Http\Controllers;

use App\Models\User;
use Illuminate\Http\Request;

class ProfileController extends Controller
{
    public function preview(Request $request, User $user)
    {
        $bio = $request->input('bio', $user->bio);
        $links = array_filter((array) $request->input('links', []));

        return view('profile.preview', [
            'user' => $user,
            'bio' => $bio,
            'links' => $links,
        ]);
    }
}
