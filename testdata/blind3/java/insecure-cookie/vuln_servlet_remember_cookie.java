package com.example.auth;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/login/remember")
class RememberMeServlet extends HttpServlet {

    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] token = new byte[32];
        random.nextBytes(token);
        Cookie cookie = new Cookie("remember_me", HexFormat.of().formatHex(token));
        cookie.setMaxAge(60 * 60 * 24 * 30);
        cookie.setPath("/");
        resp.addCookie(cookie); // LABEL: CWE-614, CWE-1004
        resp.sendRedirect(req.getContextPath() + "/");
    }
}
