<?php

namespace App\Controller;

use Doctrine\DBAL\Connection;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Annotation\Route;

class CourseController
{
    #[Route('/courses/{slug}', name: 'course_show')]
    public function show(string $slug, Connection $conn): JsonResponse
    {
        $row = $conn->fetchAssociative('SELECT id, title FROM courses WHERE slug = ?', [$slug]);
        return new JsonResponse($row ?: []);
    }
}
