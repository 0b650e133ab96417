<?php
function convert($file) {
    return shell_exec("convert $file /tmp/out.png"); // vigil:expect VGL-PHP-CMDI-001
}

function handler() {
    convert($_FILES['upload']['name']);
    exec('tar xf ' . $_POST['archive'], $out); // vigil:expect VGL-PHP-CMDI-001
}
