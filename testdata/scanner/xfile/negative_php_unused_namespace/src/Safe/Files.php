<?php

namespace App\Safe;

class Files
{
    public static function read(string $name)
    {
        return file_get_contents('/srv/docs/' . basename($name));
    }
}
