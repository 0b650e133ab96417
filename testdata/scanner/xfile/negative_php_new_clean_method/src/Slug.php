<?php

namespace Blog;

class Slug
{
    public function of(string $title)
    {
        return htmlspecialchars(strtolower($title), ENT_QUOTES, 'UTF-8');
    }
}
