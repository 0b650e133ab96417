<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

class CheckoutDoneController extends AbstractController
{
    #[Route('/checkout/done')]
    public function done(Request $request): RedirectResponse
    {
        $orderId = $request->query->getInt('order');

        return $this->redirectToRoute('order_show', ['id' => $orderId]);
    }
}
