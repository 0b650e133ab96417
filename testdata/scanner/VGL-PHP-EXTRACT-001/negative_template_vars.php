<?php
function render($template, array $vars) {
    extract($vars);
    include __DIR__ . '/templates/' . basename($template) . '.php';
}
render('home', ['title' => 'Home']);
