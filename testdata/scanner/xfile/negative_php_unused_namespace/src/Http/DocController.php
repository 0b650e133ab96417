<?php

namespace App\Http;

use App\Safe\Files;

class DocController
{
    public function show()
    {
        return Files::read($_GET['doc']);
    }
}
