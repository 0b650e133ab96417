<?php

namespace App\Controller;

use GuzzleHttp\Client;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class PrinterStatusController
{
    #[Route('/api/printers/status', methods: ['POST'])]
    public function status(Request $request): JsonResponse
    {
        $body = $request->toArray();
        $client = new Client(['timeout' => 3]);
        $res = $client->request('GET', 'http://' . $body['printer_ip'] . ':631/status'); // LABEL: CWE-918

        return new JsonResponse(['code' => $res->getStatusCode()]);
    }
}
