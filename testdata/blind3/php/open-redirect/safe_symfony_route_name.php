<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

class ShortcutController extends AbstractController
{
    private const ROUTES = ['orders' => 'order_index', 'profile' => 'user_profile', 'help' => 'help_center'];

    #[Route('/go/{key}', name: 'shortcut')]
    public function go(string $key, Request $request): RedirectResponse
    {
        $route = self::ROUTES[$key] ?? 'homepage';

        return $this->redirectToRoute($route, ['ref' => $request->query->get('ref', 'menu')]);
    }
}
