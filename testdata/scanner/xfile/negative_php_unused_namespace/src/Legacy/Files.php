<?php

namespace App\Legacy;

class Files
{
    public static function read(string $name)
    {
        return file_get_contents('/srv/docs/' . $name);
    }
}
