<?php
$password_field = 'password_input';
$labels = ['password' => 'Password', 'password_confirmation' => 'Confirm password'];
$secret = 'changeme';
$api_key = '';
