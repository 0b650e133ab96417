<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use App\Models\User;
use Illuminate\Support\Facades\Hash;

class TemporaryPasswordController extends Controller
{
    public function store(User $user)
    {
        $chars = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
        $password = substr(str_shuffle(str_repeat($chars, 3)), 0, 12); // LABEL: CWE-338
        $user->forceFill(['password' => Hash::make($password), 'must_change_password' => true])->save();

        return response()->json(['temporary_password' => $password]);
    }
}
