<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

class PingController
{
    public function text(Request $request): Response
    {
        $name = $request->query->get('name', 'world');
        return new Response('Hello ' . $name, 200, ['Content-Type' => 'text/plain; charset=UTF-8']);
    }

    public function json(Request $request): Response
    {
        return new JsonResponse(['name' => $request->query->get('name')]);
    }

    public function csv(Request $request): Response
    {
        $response = new Response($request->query->get('row'));
        $response->headers->set('Content-Type', 'text/csv');
        return $response;
    }
}
