<?php
class Reset {
    public $resetCode;

    public function start() {
        $this->resetCode = mt_rand(100000, 999999); // vigil:expect VGL-PHP-RAND-001
        $tmpPassword = substr(str_shuffle('abcdefghjkmnpqrstuvwxyz23456789'), 0, 10); // vigil:expect VGL-PHP-RAND-001
        return $tmpPassword;
    }
}
