<?php

namespace App\Services;

use App\Mail\VerifyEmail;
use App\Models\User;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Facades\Mail;

class EmailVerifier
{
    private const BANNERS = ['welcome-a.png', 'welcome-b.png', 'welcome-c.png'];

    public function __construct(private User $user)
    {
    }

    public function send(): void
    {
        $code = str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);
        $banner = self::BANNERS[mt_rand(0, count(self::BANNERS) - 1)];
        $this->user->forceFill([
            'verification_code' => Hash::make($code),
            'verification_sent_at' => now(),
        ])->save();

        Mail::to($this->user->email)->send(new VerifyEmail($code, $banner));
    }
}
