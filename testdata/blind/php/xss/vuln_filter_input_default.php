<?php
declare(strict_types=1);

// Newsletter sign-up confirmation.
$email = filter_input(INPUT_GET, 'email');
if ($email === null || $email === false) {
    $email = '';
}
?>
<!doctype html>
<html>
<body>
<p>We sent a confirmation link to <?= $email ?>.</p><?php /* LABEL: CWE-79 */ ?>
</body>
</html>
