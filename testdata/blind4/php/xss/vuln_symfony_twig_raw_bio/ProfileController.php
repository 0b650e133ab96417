<?php

namespace App\Controller;

use App\Repository\ProfileRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;

class ProfileController extends AbstractController
{
    #[Route('/u/{handle}', name: 'profile_show')]
    public function show(string $handle, ProfileRepository $profiles): Response
    {
        $profile = $profiles->findOneBy(['handle' => $handle]);
        if ($profile === null) {
            throw $this->createNotFoundException();
        }

        return $this->render('profile/show.html.twig', ['profile' => $profile]);
    }
}
