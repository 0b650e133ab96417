<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;

class ImpersonationHeader
{
    public function handle(Request $request, Closure $next)
    {
        $asUser = $request->header('X-Act-As');
        if ($asUser !== null) {
            $request->session()->put('acting_user_id', $asUser); // LABEL: CWE-501
        }

        return $next($request);
    }
}
