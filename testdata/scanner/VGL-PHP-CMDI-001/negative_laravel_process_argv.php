<?php
namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Process;
use Symfony\Component\Process\Process as SymfonyProcess;

class ThumbnailController extends Controller
{
    // argument vectors: no shell parses the size
    public function resize(Request $request)
    {
        $result = Process::run(['convert', 'upload.png', '-resize', $request->input('size'), 'thumb.png']);
        return $result->output();
    }

    public function resizeSymfony(Request $request)
    {
        $process = new SymfonyProcess(['convert', 'upload.png', '-resize', $request->input('size'), 'thumb.png']);
        $process->mustRun();
        return $process->getOutput();
    }

    // the shell reads the value from the environment, quoted
    public function resizeEnv(Request $request)
    {
        $process = SymfonyProcess::fromShellCommandline('convert upload.png -resize "$SIZE" thumb.png');
        $process->run(null, ['SIZE' => $request->input('size')]);
        return $process->getOutput();
    }
}
