<?php

namespace App\Services;

use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Mail;

class LoginCodeService
{
    private int $ttl = 600;

    public function send(string $email): void
    {
        $code = str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);
        Cache::put('login-code:' . $email, $code, $this->ttl);
        Mail::raw("Your sign-in code is $code", function ($message) use ($email) {
            $message->to($email)->subject('Your sign-in code');
        });
        $tips = ['Check your spam folder.', 'Codes expire in 10 minutes.'];
        logger()->info($tips[mt_rand(0, count($tips) - 1)]);
    }
}
