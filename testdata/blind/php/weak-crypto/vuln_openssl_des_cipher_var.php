<?php
// Encrypts the SSN column before it is stored.
const SSN_CIPHER = 'des-cbc';

function encrypt_ssn(string $ssn, string $key): string
{
    $iv = random_bytes(openssl_cipher_iv_length(SSN_CIPHER));
    $ct = openssl_encrypt($ssn, SSN_CIPHER, $key, OPENSSL_RAW_DATA, $iv); // LABEL: CWE-327
    return base64_encode($iv . $ct);
}

$pdo = new PDO('pgsql:host=db;dbname=hr', 'hr', getenv('HR_DB_PASSWORD'));
$stmt = $pdo->prepare('UPDATE employees SET ssn_enc = ? WHERE id = ?');
$stmt->execute([encrypt_ssn($_POST['ssn'] ?? '', (string) getenv('SSN_KEY')), (int) ($_POST['id'] ?? 0)]);
