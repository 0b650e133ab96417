<?php
namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Process;

class ThumbnailController extends Controller
{
    public function resize(Request $request)
    {
        $cmd = 'convert upload.png -resize ' . $request->input('size') . ' thumb.png';
        $result = Process::timeout(30)->run($cmd); // vigil:expect VGL-PHP-CMDI-001
        return $result->output();
    }
}
