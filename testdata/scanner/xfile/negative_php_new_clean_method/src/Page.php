<?php

namespace Blog;

class Page
{
    public function render()
    {
        $slugger = new Slug();
        $slug = $slugger->of($_GET['title']);
        echo "<a href=\"/p/" . $slug . "\">" . $slug . "</a>";
    }
}
