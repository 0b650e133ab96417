<?php

namespace App\Http\Controllers;

use App\Models\Video;
use App\Services\Transcoder;
use Illuminate\Http\Request;

class VideoController extends Controller
{
    public function transcode(Request $request, Video $video)
    {
        $this->authorize('update', $video);

        $preset = $request->input('height');
        if (empty($preset)) {
            $preset = '720';
        }

        $transcoder = new Transcoder(storage_path('app/videos'), $preset);
        $output = $transcoder->run($video->path);

        return response()->json(['output' => $output]);
    }
}
