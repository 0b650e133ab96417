<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

class HelloController
{
    public function hello(Request $request): Response
    {
        $name = $request->query->get('name');
        return new Response('<h1>Hello ' . $name . '</h1>', 200, ['Content-Type' => 'text/html']); // vigil:expect VGL-PHP-XSS-001
    }
}
