<?php

namespace Shop\Service;

class Archiver
{
    public function compress(string $file)
    {
        return shell_exec('gzip -k ' . $file); // vigil:expect VGL-PHP-CMDI-001
    }
}
