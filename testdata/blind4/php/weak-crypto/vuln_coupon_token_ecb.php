<?php

namespace App\Support;

use App\Models\Coupon;

final class CouponToken
{
    private const CIPHER = 'des-ede3';

    public function __construct(private string $key)
    {
    }

    public function seal(Coupon $coupon): string
    {
        $claims = ['id' => $coupon->id, 'amount' => $coupon->amount_cents, 'exp' => time() + 86400];
        $raw = openssl_encrypt(json_encode($claims), self::CIPHER, $this->key, OPENSSL_RAW_DATA); // LABEL: CWE-327
        return rtrim(strtr(base64_encode($raw), '+/', '-_'), '=');
    }

    public function link(Coupon $coupon): string
    {
        return url('/redeem/' . $this->seal($coupon));
    }
}
