<?php
class Mailer {
    private $password = 'mail-Pa55word'; // vigil:expect VGL-PHP-CRED-001
    const CLIENT_SECRET = 'cs_9d8f7a6b5c'; // vigil:expect VGL-PHP-CRED-001
}

return [
    'smtp_password' => 'p4ss-w0rd-smtp', // vigil:expect VGL-PHP-CRED-001
];
