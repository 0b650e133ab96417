<?php
// A target replaced by a fixed path when its host fails an allow-list
// match (the pattern comes from configuration), or when the target itself
// fails it: only targets the allow-list accepts are redirected to.
class LoginRedirector
{
    public function __construct(private string $hostPattern) {}

    public function afterLogin(): void
    {
        $target = $_GET['return_to'] ?? '/';
        if (preg_match('{^https?://[^/?#]+}i', $target, $origin) && !preg_match($this->hostPattern, $origin[0])) {
            $target = '/';
        }
        header('Location: ' . $target);
    }

    public function afterLogout(): void
    {
        $next = $_POST['next'];
        if (!preg_match($this->hostPattern, $next)) {
            $next = '/home';
        }
        header('Location: ' . $next);
    }
}
