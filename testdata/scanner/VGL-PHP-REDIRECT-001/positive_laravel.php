<?php
class LoginController {
    public function done($request) {
        return redirect($request->input('return_to')); // vigil:expect VGL-PHP-REDIRECT-001
    }

    public function out($request) {
        return redirect()->away($request->query('to')); // vigil:expect VGL-PHP-REDIRECT-001
    }
}
