<?php
function roll_dice() {
    return mt_rand(1, 6);
}

function random_banner(array $banners) {
    shuffle($banners);
    return $banners[0];
}

function retry_delay($attempt) {
    usleep((2 ** $attempt) * 1000 + rand(0, 1000));
}
