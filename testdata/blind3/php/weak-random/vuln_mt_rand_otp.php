<?php

namespace App\Services;

use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Mail;

class LoginCodeService
{
    private int $ttl = 600;

    public function send(string $email): void
    {
        $code = str_pad((string) mt_rand(0, 999999), 6, '0', STR_PAD_LEFT); // LABEL: CWE-338
        Cache::put('login-code:' . $email, $code, $this->ttl);
        Mail::raw("Your sign-in code is $code", function ($message) use ($email) {
            $message->to($email)->subject('Your sign-in code');
        });
    }

    public function verify(string $email, string $code): bool
    {
        return hash_equals((string) Cache::pull('login-code:' . $email), $code);
    }
}
