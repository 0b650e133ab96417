<?php
$actions = [
    'restart' => 'sudo systemctl restart php-fpm',
    'reload'  => 'sudo systemctl reload nginx',
    'status'  => 'systemctl status nginx --no-pager',
];
$requested = $_POST['action'] ?? 'status';
if (!array_key_exists($requested, $actions)) {
    http_response_code(400);
    exit('unknown action');
}
exec($actions[$requested], $out, $code);
echo implode("\n", array_map('htmlspecialchars', $out));
