<?php
require __DIR__ . '/../bootstrap.php';

final class RatesClient
{
    private const BASE = 'https://rates.payments-provider.example/v1/latest/';
    private const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY'];

    public function latest(string $currency): array
    {
        $currency = strtoupper($currency);
        if (!in_array($currency, self::CURRENCIES, true)) {
            $currency = 'EUR';
        }
        $ch = curl_init(self::BASE . rawurlencode($currency));
        curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 5, CURLOPT_FOLLOWLOCATION => false]);
        $body = curl_exec($ch);
        curl_close($ch);
        return json_decode((string) $body, true) ?: [];
    }
}

header('Content-Type: application/json');
echo json_encode((new RatesClient())->latest($_GET['base'] ?? 'EUR'));
