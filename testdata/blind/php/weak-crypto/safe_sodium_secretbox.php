<?php
declare(strict_types=1);

final class SecretBox
{
    public function __construct(private string $key)
    {
    }

    public function seal(string $message): string
    {
        $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        return base64_encode($nonce . sodium_crypto_secretbox($message, $nonce, $this->key));
    }
}

$box = new SecretBox(sodium_base642bin((string) getenv('BOX_KEY'), SODIUM_BASE64_VARIANT_ORIGINAL));
echo $box->seal($_POST['message'] ?? '');
