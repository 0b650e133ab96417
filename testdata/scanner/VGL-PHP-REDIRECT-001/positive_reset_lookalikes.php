<?php
// Look-alikes of a target reset when its allow-list check fails: the
// reset branch runs when the check passes, the reset keeps request data,
// the checked group comes from an unanchored match, the target is
// checked but another value is reset.
class LinkBouncer
{
    public function __construct(private string $hostPattern) {}

    public function inverted(): void
    {
        $target = $_GET['to'];
        if (preg_match($this->hostPattern, $target)) {
            $target = '/';
        }
        header('Location: ' . $target); // vigil:expect VGL-PHP-REDIRECT-001
    }

    public function resetToRequest(): void
    {
        $target = $_GET['to'];
        if (!preg_match($this->hostPattern, $target)) {
            $target = $_GET['fallback'];
        }
        header('Location: ' . $target); // vigil:expect VGL-PHP-REDIRECT-001
    }

    public function unanchoredGroup(): void
    {
        $target = $_GET['to'];
        if (preg_match('{https?://[^/?#]+}i', $target, $m) && !preg_match($this->hostPattern, $m[0])) {
            $target = '/';
        }
        header('Location: ' . $target); // vigil:expect VGL-PHP-REDIRECT-001
    }

    public function otherValue(): void
    {
        $target = $_GET['to'];
        $label = $_GET['label'];
        if (!preg_match($this->hostPattern, $label)) {
            $label = 'home';
        }
        header('Location: ' . $target); // vigil:expect VGL-PHP-REDIRECT-001
    }
}
