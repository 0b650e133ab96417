<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class StoreLocatorController extends Controller
{
    private \DOMXPath $xpath;

    public function __construct()
    {
        $doc = new \DOMDocument();
        $doc->load(resource_path('data/stores.xml'));
        $this->xpath = new \DOMXPath($doc);
    }

    public function byCity(Request $request)
    {
        $city = $request->query('city', 'Berlin');
        $nodes = $this->xpath->query("//store[city='" . $city . "']/name"); // LABEL: CWE-643
        $names = [];
        foreach ($nodes as $node) {
            $names[] = $node->textContent;
        }

        return response()->json($names);
    }
}
