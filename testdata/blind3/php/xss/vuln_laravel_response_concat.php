<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class WidgetController extends Controller
{
    private string $theme = 'light';

    public function embed(Request $request, string $slug)
    {
        $title = $request->query('title') ?? ucfirst($slug);
        $html = '<div class="widget widget-' . $this->theme . '">'
            . '<h3>' . $title . '</h3>'
            . '<iframe src="/widgets/' . rawurlencode($slug) . '/frame"></iframe>'
            . '</div>';

        return response($html)->header('Content-Type', 'text/html'); // LABEL: CWE-79
    }
}
