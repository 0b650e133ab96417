<?php
function render_error(string $field, string $value): void
{
    printf('<div class="error">The value "%s" is not valid for %s.</div>', $value, $field); // LABEL: CWE-79
}

$email = $_POST['email'] ?? '';
if (!filter_var($email, FILTER_VALIDATE_EMAIL)) {
    render_error('email', $email);
}
