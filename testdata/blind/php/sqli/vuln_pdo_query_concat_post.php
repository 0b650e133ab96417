<?php
declare(strict_types=1);

final class NewsletterRepository
{
    public function __construct(private PDO $pdo)
    {
    }

    public function unsubscribe(string $email): int
    {
        $sql = "UPDATE subscribers SET active = 0 WHERE email = '" . $email . "'";
        return $this->pdo->exec($sql); // LABEL: CWE-89
    }
}

$pdo = new PDO('mysql:host=127.0.0.1;dbname=news', getenv('DB_USER'), getenv('DB_PASS'));
$repo = new NewsletterRepository($pdo);
$count = $repo->unsubscribe($_POST['email'] ?? '');
echo $count > 0 ? 'You are unsubscribed.' : 'Address not found.';
