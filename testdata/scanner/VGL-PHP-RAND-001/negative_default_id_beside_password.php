<?php
class Account {
    public int $id;
    public string $name;
    public string $password;

    function __construct($id, $name, $password) {
        if (is_null($id)) {
            $id = mt_rand(50, 100);
        }
        $this->id = $id;
        $this->name = $name;
        $this->password = password_hash($password, PASSWORD_DEFAULT);
    }
}
