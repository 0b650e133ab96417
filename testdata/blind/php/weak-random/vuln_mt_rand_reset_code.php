<?php
declare(strict_types=1);

function reset_code(): string
{
    $alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    $code = '';
    for ($i = 0; $i < 10; $i++) {
        $code .= $alphabet[mt_rand(0, strlen($alphabet) - 1)]; // LABEL: CWE-338
    }
    return $code;
}

$pdo = new PDO('sqlite:/var/app/app.db');
$stmt = $pdo->prepare('UPDATE users SET reset_code = ?, reset_expires = ? WHERE email = ?');
$stmt->execute([reset_code(), time() + 3600, $_POST['email'] ?? '']);
echo 'If the address exists, a code was sent.';
