<?php
declare(strict_types=1);

namespace App\Services;

use Illuminate\Support\Facades\Http;

final class SmsGateway
{
    private const API_KEY = 'sgw_live_7Qm2Vx9Lr4Tz8Kp1Nd6Hs3Jc5Bf0We'; // LABEL: CWE-798

    public function send(string $to, string $text): bool
    {
        return Http::withToken(self::API_KEY)
            ->post('https://api.smsgateway.example/v2/messages', ['to' => $to, 'text' => $text])
            ->successful();
    }
}
