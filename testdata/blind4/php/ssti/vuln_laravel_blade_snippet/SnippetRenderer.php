<?php

namespace App\Services;

use App\Models\Snippet;
use Illuminate\Support\Facades\Blade;

class SnippetRenderer
{
    public function render(Snippet $snippet): string
    {
        $data = [
            'user' => $snippet->user,
            'today' => now()->toFormattedDateString(),
        ];

        return Blade::render($snippet->body, $data); // LABEL: CWE-1336
    }
}
