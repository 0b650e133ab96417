<?php
declare(strict_types=1);

namespace App\Services;

use Illuminate\Support\Facades\Http;

final class ConfiguredSmsGateway
{
    public function send(string $to, string $text): bool
    {
        $key = config('services.sms.key');
        if (!is_string($key) || $key === '') {
            throw new \RuntimeException('services.sms.key is not configured');
        }

        return Http::withToken($key)
            ->post('https://api.smsgateway.example/v2/messages', ['to' => $to, 'text' => $text])
            ->successful();
    }
}
