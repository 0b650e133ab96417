<?php

namespace App\Services;

use App\Models\Draft;
use Illuminate\Http\Request;

class DraftSnapshot
{
    public function __construct(private string $encoded)
    {
    }

    public function restore(): Draft
    {
        $payload = base64_decode($this->encoded, true);
        $data = $payload === false ? false : unserialize($payload, ['allowed_classes' => false]);
        if (!is_array($data)) {
            return new Draft();
        }
        return new Draft(array_intersect_key($data, array_flip(['title', 'body', 'tags'])));
    }
}

class DraftController
{
    public function restore(Request $request)
    {
        $draft = (new DraftSnapshot((string) $request->input('snapshot', '')))->restore();
        return view('drafts.edit', ['draft' => $draft]);
    }
}
