<?php
class TokenBox {
    private string $key;
    public function __construct(string $key) { $this->key = $key; }
    public function seal(string $plain): string {
        $iv = random_bytes(12);
        $tag = '';
        $ct = openssl_encrypt($plain, 'aes-256-gcm', $this->key, OPENSSL_RAW_DATA, $iv, $tag);
        return base64_encode($iv . $tag . $ct);
    }
}
$box = new TokenBox(getenv('APP_KEY'));
echo $box->seal($_POST['note']);
echo '<code>' . bin2hex($_GET['raw']) . '</code>';
echo hash('sha256', $_GET['raw']);
echo password_hash($_POST['pw'], PASSWORD_DEFAULT);
