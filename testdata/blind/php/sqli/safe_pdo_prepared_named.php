<?php
declare(strict_types=1);

$pdo = new PDO('mysql:host=127.0.0.1;dbname=news', getenv('DB_USER'), getenv('DB_PASS'), [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    PDO::ATTR_EMULATE_PREPARES => false,
]);

$email = $_POST['email'] ?? '';
if ($email === '') {
    $email = 'nobody@example.invalid';
}
$stmt = $pdo->prepare('UPDATE subscribers SET active = 0 WHERE email = :email');
$stmt->execute([':email' => $email]);
echo $stmt->rowCount() > 0 ? 'You are unsubscribed.' : 'Address not found.';
