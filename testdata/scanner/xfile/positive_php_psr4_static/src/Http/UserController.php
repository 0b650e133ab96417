<?php

namespace App\Http;

use App\Data\UserQueries;

class UserController
{
    public function show(\PDO $db)
    {
        $name = $_GET['name']; // vigil:source
        $rows = UserQueries::byName($db, $name);
        return count($rows->fetchAll());
    }
}
