<?php
declare(strict_types=1);

// Newsletter sign-up confirmation; FILTER_SANITIZE_SPECIAL_CHARS HTML-encodes '"<>& and controls.
$email = filter_input(INPUT_GET, 'email', FILTER_SANITIZE_SPECIAL_CHARS);
if ($email === null || $email === false) {
    $email = '';
}
?>
<!doctype html>
<html>
<body>
<p>We sent a confirmation link to <?= $email ?>.</p>
</body>
</html>
