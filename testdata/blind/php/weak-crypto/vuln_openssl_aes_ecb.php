<?php
declare(strict_types=1);

final class TokenBox
{
    public function __construct(private string $key)
    {
    }

    public function seal(array $claims): string
    {
        $plain = json_encode($claims, JSON_THROW_ON_ERROR);
        $sealed = openssl_encrypt($plain, 'aes-128-ecb', $this->key, OPENSSL_RAW_DATA); // LABEL: CWE-327
        return rtrim(strtr(base64_encode($sealed), '+/', '-_'), '=');
    }
}

$box = new TokenBox((string) getenv('TOKEN_KEY'));
echo $box->seal(['uid' => 42, 'exp' => time() + 3600]);
