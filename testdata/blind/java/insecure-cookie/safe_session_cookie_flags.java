package com.example.auth;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SecureRememberMeServlet extends HttpServlet {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        Cookie remember = new Cookie("remember_me", Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
        remember.setMaxAge(60 * 60 * 24 * 30);
        remember.setPath("/");
        remember.setSecure(true);
        remember.setHttpOnly(true);
        resp.addCookie(remember);
        resp.sendRedirect("/home");
    }
}
