<?php
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

require __DIR__ . '/UserRepository.php';

$repo = new UserRepository(new PDO('sqlite:/var/app/users.db'));
$email = trim($_POST['email'] ?? '');
$user = $repo->findByEmail($email);

echo $user ? 'found' : 'unknown';
