<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\ResponseHeaderBag;
use Symfony\Component\Routing\Annotation\Route;

class AssetController extends AbstractController
{
    public function __construct(private string $assetDir = '/srv/app/var/brand-assets')
    {
    }

    #[Route('/brand/assets', name: 'brand_asset')]
    public function show(Request $request): BinaryFileResponse
    {
        $name = str_replace('../', '', (string) $request->query->get('file', 'logo.svg'));
        $path = $this->assetDir . '/' . $name;
        if (!is_file($path)) {
            throw $this->createNotFoundException();
        }
        $response = new BinaryFileResponse($path); // LABEL: CWE-22
        $response->setContentDisposition(ResponseHeaderBag::DISPOSITION_INLINE, basename($path));
        return $response;
    }
}
