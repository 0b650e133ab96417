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
        $city = (string) $request->query('city', 'Berlin');
        $names = [];
        foreach ($this->xpath->query('//store') as $store) {
            if ($this->xpath->evaluate('string(city)', $store) === $city) {
                $names[] = $this->xpath->evaluate('string(name)', $store);
            }
        }

        return response()->json($names);
    }
}
