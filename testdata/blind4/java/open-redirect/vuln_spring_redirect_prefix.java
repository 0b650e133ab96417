package com.example.auth.web;

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
        if (continueUrl == null || continueUrl.isEmpty()) {
            continueUrl = "/";
        }
        return "redirect:" + continueUrl; // LABEL: CWE-601
    }
}
