<?php

namespace Shop\Controller;

use Shop\Service\Archiver;

class ExportController
{
    private Archiver $archiver;

    public function __construct(Archiver $archiver)
    {
        $this->archiver = $archiver;
    }

    public function export()
    {
        $file = $_POST['file']; // vigil:source
        $this->archiver->compress($file);
        $local = new Archiver();
        return 'ok';
    }
}
