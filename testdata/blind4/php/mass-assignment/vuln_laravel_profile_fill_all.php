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
        $request->validate(['display_name' => ['required', 'max:60']]);

        $member->fill($request->all())->save(); // LABEL: CWE-915

        return redirect()->route('profile.edit')->with('status', 'Profile saved');
    }
}
