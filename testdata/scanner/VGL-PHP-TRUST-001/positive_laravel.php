<?php
class PrefsController
{
    public function store($request)
    {
        $user = $request->input('user');
        session()->put('user', $user); // vigil:expect VGL-PHP-TRUST-001
    }
}
