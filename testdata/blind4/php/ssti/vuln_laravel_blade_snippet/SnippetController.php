<?php

namespace App\Http\Controllers;

use App\Models\Snippet;
use App\Services\SnippetRenderer;
use Illuminate\Http\Request;

class SnippetController extends Controller
{
    public function store(Request $request)
    {
        $snippet = $request->user()->snippets()->create($request->validate([
            'name' => ['required', 'max:80'],
            'body' => ['required', 'max:5000'],
        ]));

        return redirect()->route('snippets.show', $snippet);
    }

    public function show(Snippet $snippet, SnippetRenderer $renderer)
    {
        return response($renderer->render($snippet));
    }
}
