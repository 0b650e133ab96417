<?php
class LoginController {
    public function done($request) {
        session(['user' => $request->input('user')]);
        return redirect()->route('dashboard');
    }
}
