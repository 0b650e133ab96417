<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class AssetController extends AbstractController
{
    private const NAME = '/^[a-z0-9][a-z0-9_-]{0,63}\.(svg|png|pdf)$/';

    public function __construct(private string $assetDir = '/srv/app/var/brand-assets')
    {
    }

    #[Route('/brand/assets', name: 'brand_asset')]
    public function show(Request $request): BinaryFileResponse
    {
        $name = (string) $request->query->get('file', 'logo.svg');
        if (!preg_match(self::NAME, $name)) {
            throw $this->createNotFoundException();
        }
        $path = $this->assetDir . '/' . $name;
        if (!is_file($path)) {
            throw $this->createNotFoundException();
        }
        return new BinaryFileResponse($path);
    }
}
