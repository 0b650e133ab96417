<?php

namespace App\Data;

final class UserQueries
{
    public static function byName(\PDO $db, string $name)
    {
        return $db->query("SELECT * FROM users WHERE name = '" . $name . "'"); // vigil:expect VGL-PHP-SQLI-001
    }
}
