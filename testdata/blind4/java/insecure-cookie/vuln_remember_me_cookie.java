package com.example.auth.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.*;

@RestController
public class RememberMeController {

    private final RememberMeTokens tokens;

    public RememberMeController(RememberMeTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/session/remember")
    public void remember(@RequestAttribute("userId") long userId, HttpServletResponse response) {
        Cookie cookie = new Cookie("remember_me", tokens.issue(userId));
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 30);
        response.addCookie(cookie); // LABEL: CWE-614
    }
}
