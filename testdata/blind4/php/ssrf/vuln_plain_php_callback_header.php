<?php
require __DIR__ . '/../bootstrap.php';

final class ExportNotifier
{
    public function __construct(private string $callbackUrl)
    {
    }

    public function notify(array $export): int
    {
        $ch = curl_init($this->callbackUrl); // LABEL: CWE-918
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => json_encode($export),
            CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 5,
        ]);
        curl_exec($ch);
        $status = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);
        return $status;
    }
}

$export = start_export((int) current_user_id(), $_POST['dataset'] ?? 'orders');
$callback = $_SERVER['HTTP_X_CALLBACK_URL'] ?? '';
if ($callback !== '') {
    (new ExportNotifier($callback))->notify($export);
}
header('Content-Type: application/json');
echo json_encode(['export_id' => $export['id']]);
