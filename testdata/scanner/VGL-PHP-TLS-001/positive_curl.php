<?php
$ch = curl_init('https://api.example.com/v1/orders');
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false); // vigil:expect VGL-PHP-TLS-001
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0); // vigil:expect VGL-PHP-TLS-001
echo curl_exec($ch);
