<?php
class Notes {
    public function save() {
        $name = $_POST['name'];
        file_put_contents(__DIR__ . "/notes/$name.txt", $_POST['body']); // vigil:expect VGL-PHP-PATH-001
    }

    public function delete($request) {
        unlink('/var/app/uploads/' . $request->input('path')); // vigil:expect VGL-PHP-PATH-001
    }
}
