<?php

namespace App\Http\Controllers;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Http\Request;

class Member extends Model
{
    protected $table = 'members';
    protected $guarded = [];
    protected $hidden = ['password'];
}

class MemberProfileController extends Controller
{
    public function update(Request $request)
    {
        $member = Member::findOrFail($request->user()->member_id);
        $validated = $request->validate([
            'display_name' => ['required', 'max:60'],
            'bio' => ['nullable', 'max:500'],
            'timezone' => ['nullable', 'timezone'],
        ]);

        $member->fill($validated)->save();

        return redirect()->route('profile.edit')->with('status', 'Profile saved');
    }
}
