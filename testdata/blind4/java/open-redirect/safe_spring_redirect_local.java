package com.example.auth.web;

import java.net.URI;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LogoutController {

    private final SessionRegistry sessions;

    public LogoutController(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/signout")
    public String signOut(@RequestParam(name = "continue", required = false) String continueUrl) {
        sessions.invalidateCurrent();
        return "redirect:" + localOnly(continueUrl);
    }

    private static String localOnly(String candidate) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.contains("\\")) {
            return "/";
        }
        URI uri = URI.create(candidate);
        return uri.getHost() == null && uri.getScheme() == null ? candidate : "/";
    }
}
