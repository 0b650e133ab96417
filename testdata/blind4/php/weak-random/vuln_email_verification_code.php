<?php

namespace App\Services;

use App\Mail\VerifyEmail;
use App\Models\User;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Facades\Mail;

class EmailVerifier
{
    public function __construct(private User $user)
    {
    }

    public function send(): void
    {
        $code = str_pad((string) mt_rand(0, 999999), 6, '0', STR_PAD_LEFT); // LABEL: CWE-338
        $this->user->forceFill([
            'verification_code' => Hash::make($code),
            'verification_sent_at' => now(),
        ])->save();

        Mail::to($this->user->email)->send(new VerifyEmail($code));
    }
}
